#pragma once

#include <optional>
#include <string_view>

#include "src/model/zone.h"

namespace chainmap {

/// Whether a firm at 省/市/区县 `province`/`city`/`county` is in the zone's region:
/// province and city must match (with or without 省/市), and the county must be one of
/// the region's counties if it lists any. With no province or city given, the address
/// decides if it names the region's city; nullopt when nothing says.
std::optional<bool> InZoneRegion(const ZoneRegion& region, std::string_view province,
                                 std::string_view city, std::string_view county,
                                 std::string_view address);

}  // namespace chainmap
