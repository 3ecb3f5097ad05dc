#pragma once

#include <string>

#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// One line in plain Chinese a planner can read out: the gap, what the firm brings (its
/// project in talks, nearness, scale, related links, ties to local firms) and why it
/// ranks above the next candidate on the same link, naming the signals that differ.
/// Parts are joined by "；". Rules in docs/analysis.md, section 5.
std::string TargetReason(const ZoneAnalysis& analysis, const Target& target);

/// For the per-candidate view: the gaps it would fill, "补链 模具钢、延链 精密模具".
std::string CandidateGaps(const ZoneAnalysis& analysis, const CandidateView& view);

}  // namespace chainmap
