#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chainmap {

/// The month by which a document's target text ("确保年底前完成厂房主体建设") asks for
/// something, as "YYYY-MM", read relative to the year of `as_of` (the date of the record
/// the target belongs to): 年底/年末/年内/全年/今年/下半年/四季度/Q4 → YYYY-12, 上半年 →
/// YYYY-06, 一季度/Q1 → YYYY-03 (二 → 06, 三 → 09), "N 月" (Arabic or Chinese numeral) →
/// YYYY-NN; a year written before the cue ("2025 年底前") replaces as_of's. nullopt when
/// the text names no time, names two different ones, or as_of has no year.
std::optional<std::string> TargetMonth(std::string_view target, std::string_view as_of);

}  // namespace chainmap
