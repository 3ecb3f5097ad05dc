#pragma once

#include <string>

#include "src/io/zone_load.h"

namespace chainmap {

/// Loads the chain file "<id>.json" (links and edges) into the zone. `listed_at` is
/// where zone.json lists the chain, for the error when the file is missing.
void LoadChainFile(ZoneLoad& load, const std::string& id, const ZoneDocument& zone_doc,
                   const std::string& listed_at);

}  // namespace chainmap
