#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "render/pptx_text_slides.h"
#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// The targets a deck lists per chain: the best, by total score.
inline constexpr std::size_t kDeckTargetsPerChain = 10;

/// Each chain's completeness (现状 and 远景) and its links by status, with the zone's total.
SlideTable ChainStatusTable(const ZoneAnalysis& now, const ZoneAnalysis& future);

/// The best `top` targets of the zone: enterprise, chain · link, score.
TextBlock TopTargets(const ZoneAnalysis& analysis, std::size_t top);

/// The projects by stage: count, stated investment, the largest by name.
TextBlock ProjectsByStage(const Zone& zone);

/// A chain's best targets (kDeckTargetsPerChain) as table slides: rank, link, gap,
/// enterprise, region, score, reason.
std::vector<std::string> TargetSlides(const ZoneAnalysis& analysis, std::size_t chain);

/// Every project by stage and investment as table slides.
std::vector<std::string> TrackerSlides(const Zone& zone);

/// Every source the zone's records cite, in order of first citation, as a reader cites it.
std::vector<std::string> ZoneSources(const Zone& zone);

}  // namespace chainmap
