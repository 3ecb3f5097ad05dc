#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// `analyze --format text` and `--format md`.
void WriteAnalysisText(std::ostream& out, const ZoneAnalysis& a, std::optional<std::size_t> chain);
void WriteAnalysisMarkdown(std::ostream& out, const ZoneAnalysis& a,
                           std::optional<std::size_t> chain);

/// `targets --format text`, `md` and `csv`.
void WriteTargetsText(std::ostream& out, const ZoneAnalysis& a, std::optional<std::size_t> chain);
void WriteTargetsMarkdown(std::ostream& out, const ZoneAnalysis& a,
                          std::optional<std::size_t> chain);
void WriteTargetsCsv(std::ostream& out, const ZoneAnalysis& a, std::optional<std::size_t> chain);

}  // namespace chainmap
