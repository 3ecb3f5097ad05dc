#pragma once

#include <cstddef>
#include <optional>

#include <nlohmann/json.hpp>

#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// The document `chainmap analyze --format json` prints (see docs/cli.md): per chain its
/// completeness and resilience, per link status, gap, priority and criticality, then the
/// departures ranked by damage and the targets. `chain` restricts it to one chain.
nlohmann::ordered_json AnalysisToJson(const ZoneAnalysis& analysis,
                                      std::optional<std::size_t> chain = std::nullopt);

/// The document `chainmap targets --format json` prints: the ranked targets.
nlohmann::ordered_json TargetsToJson(const ZoneAnalysis& analysis,
                                     std::optional<std::size_t> chain = std::nullopt);

/// One target as JSON: link, gap, candidate, score, parts, project and reason.
nlohmann::ordered_json TargetToJson(const ZoneAnalysis& analysis, const Target& target);

}  // namespace chainmap
