#pragma once

#include <ostream>
#include <string>

#include "src/model/zone.h"

namespace chainmap {

/// `chainmap targets --pool FILE`: the zone with its external candidates replaced by the
/// firms of a registry export that fit its gap links (at most `keep` per gap link, by
/// scale), so that the usual ranking ranks them. Streams the file; says on `err` what the
/// rows were and how fast they were read.
Zone ZoneWithPool(const Zone& zone, const std::string& pool, const std::string& sheet,
                  std::size_t keep, std::ostream& err);

}  // namespace chainmap
