#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/model/enums.h"
#include "src/model/record.h"

namespace chainmap {

/// An earlier stage of a project, as an earlier document recorded it.
struct StageRecord {
  ProjectStage stage = ProjectStage::kPlanned;
  std::string as_of;
  std::string note;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const StageRecord&, const StageRecord&) = default;
};

/// An investment project: who, which links it serves, how much, how far along.
struct Project {
  std::string id;
  std::string name;
  std::optional<std::size_t> enterprise;  ///< Index into Zone::enterprises().
  /// Other enterprises the documents name as the project's partners (indices).
  std::vector<std::size_t> partners;
  std::vector<LinkKey> links;
  std::optional<std::size_t> cluster;  ///< Index into Zone::clusters, if it sits in one.
  std::optional<double> investment;    ///< Total investment in 亿元.
  ProjectStage stage = ProjectStage::kPlanned;
  std::string as_of;   ///< When `stage` was recorded; empty means the zone's as-of date.
  std::string target;  ///< The document's target, verbatim.
  std::vector<StageRecord> history;  ///< Earlier stages, oldest first.
  std::string note;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const Project&, const Project&) = default;
};

}  // namespace chainmap
