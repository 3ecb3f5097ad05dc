#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "src/io/table.h"

namespace chainmap {

/// The files of a set of lists, by name relative to the output directory, for the formats
/// asked ("xlsx": one workbook lists.xlsx with a sheet per list; "csv" and "md": a file per
/// list named after its stem). Used by `lists` and `build`.
std::vector<std::pair<std::string, std::string>> ListFiles(const std::vector<Table>& tables,
                                                           const std::set<std::string>& formats);

}  // namespace chainmap
