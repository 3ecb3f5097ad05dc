#include "src/extract/summary_figures.h"

#include <array>
#include <charconv>
#include <string>

namespace chainmap {
namespace {

// Longest first where one unit begins another (万元 before 万).
constexpr std::array<std::string_view, 28> kUnits{
    "亿元", "万元", "万平方米", "平方米", "万吨", "万千瓦", "万套", "万片", "万台", "万人",
    "万件", "亿",   "元",       "吨",     "套",   "片",     "台",   "亩",   "个",   "家",
    "项",   "批次", "场",       "件",     "名",   "条",     "%",    "人"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::vector<FigureSpan> FindFigures(std::string_view text) {
  std::vector<FigureSpan> out;
  for (std::size_t i = 0; i < text.size();) {
    if (!IsDigit(text[i]) || (i > 0 && (IsDigit(text[i - 1]) || text[i - 1] == '.'))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() &&
           (IsDigit(text[j]) || (text[j] == '.' && j + 1 < text.size() && IsDigit(text[j + 1]))))
      ++j;
    double value = 0;
    const std::string number(text.substr(i, j - i));
    std::from_chars(number.data(), number.data() + number.size(), value);
    std::size_t k = j;
    while (k < text.size() && text[k] == ' ') ++k;
    bool approximate = false;
    for (std::string_view about : {"余", "多"}) {
      if (text.substr(k, about.size()) == about) {
        approximate = true;
        k += about.size();
      }
    }
    std::string_view unit;
    for (std::string_view u : kUnits) {
      if (text.substr(k, u.size()) == u) {
        unit = u;
        break;
      }
    }
    const bool ordinal = i >= 3 && text.substr(i - 3, 3) == "第";
    if (!unit.empty() && !ordinal) {
      std::string unit_text(unit == "亿" ? "亿元" : unit);
      out.push_back({{value, unit_text, approximate}, i, k + unit.size()});
      i = k + unit.size();
    } else {
      i = j;
    }
  }
  return out;
}

std::optional<double> ToYi(const StatedFigure& figure) {
  if (figure.unit == "亿元") return figure.value;
  if (figure.unit == "万元") return figure.value / 10000.0;
  if (figure.unit == "元") return figure.value / 1e8;
  return std::nullopt;
}

}  // namespace chainmap
