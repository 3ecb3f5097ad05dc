#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/model/enterprise.h"
#include "src/model/record.h"
#include "src/model/wording.h"
#include "src/model/zone.h"

namespace chainmap {

/// Items joined with a separator: {"a", "b"} → "a、b".
std::string JoinCells(const std::vector<std::string>& items, const std::string& separator);

/// A record's sources as a reader cites them (src/model/source_text.h), each once,
/// joined by "；": "《…工作总结》 二(一)；公开资料".
std::string SourcesCell(const Zone& zone, const std::vector<std::string>& sources);

/// What a 链长制 field shows when the documents name nothing: "文件未载明".
inline constexpr std::string_view kNotStated = "文件未载明";

/// A candidate's contact status as a leader reads it: "意向（2024-06）", or 文件未载明 when
/// none is recorded; in English under `Language::kEn`.
std::string ContactCell(const Enterprise& e, Language language = Language::kZh);

/// A chain's 链长 or 责任单位: the name, or 文件未载明 (in `language`).
std::string ChiefCell(const std::string& name, Language language = Language::kZh);

/// A cluster as a leader reads it beside chains: "生命健康（集群）".
std::string ClusterCell(const Cluster& cluster);

/// Where a project sits: the chains of its links in zone order ("氢能、电子信息"), else its
/// cluster (ClusterCell), else "（未关联产业链）".
std::string PlaceCell(const Zone& zone, const Project& project);

/// "是" or "否", for a yes/no column a spreadsheet can filter.
std::string YesNo(bool value);

}  // namespace chainmap
