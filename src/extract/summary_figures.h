#pragma once

#include <string_view>
#include <vector>

#include "src/extract/extraction.h"

namespace chainmap {

/// A figure found in a text, with the bytes it spans ("总投资 5 亿元" → "5亿元").
struct FigureSpan {
  StatedFigure figure;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Every number with a unit in `text` (after DropStraySpaces): 亿元, 万元, 个, 家, %, 亩,
/// 万吨… Dates (年, 月, 日) and ordinals (第 N) are not figures.
std::vector<FigureSpan> FindFigures(std::string_view text);

/// An amount of money in 亿元: 亿元 as is, 万元 / 10 000, 元 / 10^8; nullopt for other units.
std::optional<double> ToYi(const StatedFigure& figure);

}  // namespace chainmap
