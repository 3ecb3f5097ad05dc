#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "src/model/enums.h"

namespace chainmap {

/// How a stage word reads: a state ("在建项目", "意向项目") or an activity ("洽谈",
/// "谋划") says where a project is now; an event ("开工", "建成投产") says where it is
/// now, unless a target marker ("确保", "力争", "明年") made it an aim; a weak word
/// ("实施") counts only when nothing else is said.
enum class CueKind { kState, kActivity, kEvent, kWeak };

/// A stage word found in a text.
struct StageCue {
  std::size_t pos = 0;  ///< Byte offset in the text searched.
  std::string_view text;
  ProjectStage stage = ProjectStage::kPlanned;
  CueKind kind = CueKind::kState;
};

/// Every stage word in `text`, by position; at one position the longest wins, and a
/// word inside a longer one found is not repeated.
std::vector<StageCue> FindStageCues(std::string_view text);

/// The byte offset of the first target marker ("确保", "力争", "争取", "计划", "年底前"…)
/// in `text`, or npos.
std::size_t FindTargetMarker(std::string_view text);

/// Words that say a statement is about now, ending a carried-over target ("已", "目前").
bool SaysNow(std::string_view text);

/// The deadline phrase in `text` ("年底前", "年内", "2025 年底前"), or "".
std::string_view FindDeadline(std::string_view text);

/// The stage an aim implies a project is at now: one to be finished (建成投产) or whose
/// building or equipment is to be completed (主体建设, 设备入驻) is being built; one to
/// start (开工) is planned (it may be signed; the text does not say); one to be agreed
/// (签约, 达成意向, 落地) is in talks.
std::optional<ProjectStage> StageBeforeTarget(const StageCue& target);

}  // namespace chainmap
