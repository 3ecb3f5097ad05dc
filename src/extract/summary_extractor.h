#pragma once

#include "src/extract/extraction.h"
#include "src/extract/summary_text.h"

namespace chainmap {

/// Reads a work summary's sentences for projects (name, amount, stage, target) and facts
/// (totals, targets, thresholds, indicators). See docs/extract.md for the rules.
/// A project named twice is proposed once, with every mention; an amount that a park's
/// projects listed after it add up within is a total, not a project.
Extraction ExtractSummary(const SummaryText& text);

}  // namespace chainmap
