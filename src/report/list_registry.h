#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "src/analysis/zone_analysis.h"
#include "src/io/table.h"
#include "src/model/zone.h"

namespace chainmap {

/// What list builders read: the zone and its analysis (statuses, gaps, completeness,
/// criticality, targets), filled in by the caller.
struct ListInputs {
  const Zone& zone;
  const ZoneAnalysis& analysis;  ///< Run() already called.
};

/// One list: its file stem and the function that builds its table.
struct ListBuilder {
  std::string_view stem;  ///< "enterprises" → enterprises.csv, enterprises.md.
  Table (*build)(const ListInputs& inputs);
};

/// Every list, in the order of the workbook's sheets. Adding a list is one builder
/// function in its own file and one entry here.
std::span<const ListBuilder> ListBuilders();

/// Builds every list.
std::vector<Table> BuildLists(const ListInputs& inputs);

}  // namespace chainmap
