#pragma once

#include <string>

#include "src/io/zone_load.h"

namespace chainmap {

// The zone's record files: {"<key>": [records…]} beside the chain files.

/// Loads enterprises.json (`expect_local`) or candidates.json into the zone.
void LoadEnterpriseFile(ZoneLoad& load, const std::string& name, bool expect_local);

/// Loads projects.json into the zone; call after the enterprise files.
void LoadProjectFile(ZoneLoad& load);

}  // namespace chainmap
