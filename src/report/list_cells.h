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

/// A revenue figure in 亿元: 亿元 as is, 万元 divided by 10 000; nullopt for other units.
std::optional<double> RevenueInYi(const Revenue& revenue);

/// An amount rounded to 6 decimals, so that sums print as people add them (4.52, not
/// 4.5200000000000005).
double RoundAmount(double value);

/// A score rounded to 2 decimals, as the lists show scores and priorities (never -0).
double RoundScore(double value);

/// What a 链长制 field shows when the documents name nothing: "文件未载明".
inline constexpr std::string_view kNotStated = "文件未载明";

/// A candidate's contact status as a leader reads it: "意向（2024-06）", or 文件未载明 when
/// none is recorded.
std::string ContactCell(const Enterprise& e);

/// A chain's 链长 or 责任单位: the name, or 文件未载明.
std::string ChiefCell(const std::string& name);

/// "是" or "否", for a yes/no column a spreadsheet can filter.
std::string YesNo(bool value);

}  // namespace chainmap
