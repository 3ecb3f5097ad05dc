#pragma once

#include "src/io/zone_load.h"

namespace chainmap {

/// Findings about a zone that loaded without errors: cycles (notes) and links with no
/// edges at all (warnings).
void AddStructureFindings(ZoneLoad& load);

}  // namespace chainmap
