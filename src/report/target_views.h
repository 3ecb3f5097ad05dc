#pragma once

#include <cstddef>
#include <optional>

#include "src/analysis/weight_sensitivity.h"
#include "src/analysis/zone_analysis.h"
#include "src/io/table.h"

namespace chainmap {

/// The per-candidate view as a table: one row per firm, every gap it would fill, its
/// best and combined scores; only firms with a row in `chain` when one is given.
Table CandidateViewTable(const ZoneAnalysis& analysis, std::optional<std::size_t> chain);

/// The sensitivity view as a table: one row per weight move (−25%, +25%), the top-10
/// rows that leave, those that enter, and how many others change rank.
Table SensitivityTable(const ZoneAnalysis& analysis, const WeightSensitivity& sensitivity);

}  // namespace chainmap
