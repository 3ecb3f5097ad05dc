#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "src/io/table.h"
#include "src/model/zone.h"

namespace chainmap {

/// What list builders read. Lists that need analysis results (gaps, targets,
/// completeness) get them through new members here, filled in by the caller.
struct ListInputs {
  const Zone& zone;
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
