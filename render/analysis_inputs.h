#pragma once

#include <cstddef>
#include <string>

#include "render/chain_map.h"
#include "render/zone_overview.h"
#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// The 远景 scenario in one sentence: "视签约及以后阶段的项目为已建成".
std::string ScenarioSentence(ProjectStage assume_stage, Language language = Language::kZh);

/// The note naming the rules behind the colours (and the scenario, if any).
std::string StatusNote(const ZoneAnalysis& analysis, Language language = Language::kZh);

/// A chain map's input from a zone analysis that has run: each link's status and, under
/// each gap link, its ranked targets with their scores; names and wording in `language`.
ChainMapInput ChainMapInputFrom(const ZoneAnalysis& analysis, std::size_t chain,
                                Language language = Language::kZh);

/// The zone overview's input from a zone analysis that has run: statuses and each
/// chain's completeness.
ZoneOverviewInput ZoneOverviewInputFrom(const ZoneAnalysis& analysis,
                                        Language language = Language::kZh);

}  // namespace chainmap
