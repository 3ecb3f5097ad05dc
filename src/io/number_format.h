#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "src/model/rounding.h"

namespace chainmap {

/// A number as people write it: the shortest form that reads back to the same double,
/// no trailing ".0" ("15", "1.52", "0.0001"); used by messages and every writer.
std::string FormatNumber(double value);

/// A score as shown beside a name: two decimals ("38.50").
std::string ScoreText(double score);
/// An amount in 亿元 for a reader: "15 亿元", "1.52 亿元".
std::string YiText(double amount);
/// A share in [0, 1] as a percentage with `decimals` decimals: "9%", "9.2%".
std::string PercentText(double share, int decimals = 0);
/// A date of the data for a reader: "2024-06" → "2024 年 6 月", "2024-06-30" →
/// "2024 年 6 月 30 日", "2024" → "2024 年"; any other text is returned as it is.
std::string ChineseDate(std::string_view date);

/// A count with its noun: "1 project", "2 projects", "0 projects"; `none` replaces the
/// zero when given ("no warnings").
std::string FormatCount(std::size_t n, std::string_view one, std::string_view many,
                        std::string_view none = {});

}  // namespace chainmap
