#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// The options analyze and targets share: --chain, --assume-stage, --format; parsed and
/// checked against the zone (UsageError on a bad value).
struct AnalysisRequest {
  std::optional<std::size_t> chain;
  std::optional<ProjectStage> assume_stage;
  std::string format = "text";
};

/// Parses --chain and --assume-stage values; `command` names the command in messages.
AnalysisRequest ParseAnalysisRequest(const std::string& command, const Zone& zone,
                                     const std::optional<std::string>& chain,
                                     const std::optional<std::string>& assume_stage);

/// Parses a --top value: a non-negative integer.
std::size_t ParseTop(const std::string& command, const std::string& value);

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
