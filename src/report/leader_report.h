#pragma once

#include <ostream>

#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// The analysis as a report for the zone's leaders (`report/analysis.md` of `build`), in
/// Chinese Markdown: the zone's completeness (全链 and 可本地化), each chain's links with
/// status, gap type, priority, what makes them critical, who is there and the first
/// target; the departures that would cost most; the best targets with their reasons.
/// Names only: no ids, no file names; documents cited by title.
void WriteLeaderReport(std::ostream& out, const ZoneAnalysis& analysis);

}  // namespace chainmap
