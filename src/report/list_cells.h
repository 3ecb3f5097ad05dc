#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/model/enterprise.h"
#include "src/model/record.h"
#include "src/model/zone.h"

namespace chainmap {

/// Items joined with a separator: {"a", "b"} → "a、b".
std::string JoinCells(const std::vector<std::string>& items, const std::string& separator);

/// A record's sources as a reader cites them (src/model/source_text.h), each once,
/// joined by "；": "《…工作总结》 二(一)；公开资料".
std::string SourcesCell(const Zone& zone, const std::vector<std::string>& sources);

/// "是" or "否", for a yes/no column a spreadsheet can filter.
std::string YesNo(bool value);

}  // namespace chainmap
