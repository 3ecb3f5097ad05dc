#include "src/model/target_date.h"

#include <array>
#include <cstdio>
#include <set>
#include <utility>

namespace chainmap {
namespace {

/// The Chinese numerals a month or quarter is written with, longest first so that "十二"
/// is read before "十" and "二".
constexpr std::array<std::pair<std::string_view, int>, 12> kNumerals{{{"十一", 11},
                                                                      {"十二", 12},
                                                                      {"一", 1},
                                                                      {"二", 2},
                                                                      {"三", 3},
                                                                      {"四", 4},
                                                                      {"五", 5},
                                                                      {"六", 6},
                                                                      {"七", 7},
                                                                      {"八", 8},
                                                                      {"九", 9},
                                                                      {"十", 10}}};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

/// A number (1–12) written just before byte `end` of `text`, in digits or numerals, and
/// the byte it starts at; {0, end} when there is none.
std::pair<int, std::size_t> NumberBefore(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && (IsDigit(text[start - 1]) || text[start - 1] == ' ')) --start;
  int value = 0;
  for (std::size_t i = start; i < end; ++i)
    if (IsDigit(text[i])) value = value * 10 + (text[i] - '0');
  if (start < end && value > 0) return {value <= 12 ? value : 0, start};
  for (const auto& [numeral, number] : kNumerals)
    if (text.substr(0, end).ends_with(numeral)) return {number, end - numeral.size()};
  return {0, end};
}

/// A four-digit year written just before byte `end` ("2025 年底" → 2025), else 0.
int YearBefore(std::string_view text, std::size_t end) {
  std::size_t i = end;
  while (i > 0 && text[i - 1] == ' ') --i;
  if (i < 4 || !IsDigit(text[i - 1]) || !IsDigit(text[i - 2]) || !IsDigit(text[i - 3]) ||
      !IsDigit(text[i - 4]))
    return 0;
  if (i > 4 && IsDigit(text[i - 5])) return 0;
  return std::stoi(std::string(text.substr(i - 4, 4)));
}

struct Cue {
  std::string_view text;
  int month;         ///< 0: the month is the number before the cue; -1: the quarter before it.
  bool year_before;  ///< The cue starts with 年, so "2025 年底" carries its year before it.
};

constexpr std::array kCues{Cue{"年底", 12, true},    Cue{"年末", 12, true},
                           Cue{"年内", 12, true},    Cue{"全年", 12, false},
                           Cue{"今年", 12, false},   Cue{"本年", 12, false},
                           Cue{"下半年", 12, false}, Cue{"上半年", 6, false},
                           Cue{"季度", -1, false},   Cue{"月", 0, false}};

}  // namespace

std::optional<std::string> TargetMonth(std::string_view target, std::string_view as_of) {
  if (as_of.size() < 4 || !IsDigit(as_of[0])) return std::nullopt;
  const int as_of_year = std::stoi(std::string(as_of.substr(0, 4)));
  // Specific cues (half, quarter, month) win over whole-year ones ("今年上半年" → 06).
  std::set<std::pair<int, int>> specific, whole_year;
  for (const Cue& cue : kCues) {
    for (std::size_t at = target.find(cue.text); at != std::string_view::npos;
         at = target.find(cue.text, at + cue.text.size())) {
      int month = cue.month;
      std::size_t year_end = cue.year_before ? at : std::string_view::npos;
      if (cue.month <= 0) {
        const auto [number, start] = NumberBefore(target, at);
        month = cue.month == 0 ? number : number * 3;
        // "2025 年 3 月": the year sits before the number and its 年.
        std::size_t before = start;
        while (before > 0 && target[before - 1] == ' ') --before;
        if (target.substr(0, before).ends_with("年"))
          year_end = before - std::string_view("年").size();
      }
      if (month <= 0 || month > 12) continue;
      int year = as_of_year;
      if (year_end != std::string_view::npos)
        if (const int y = YearBefore(target, year_end)) year = y;
      (cue.month == 12 && cue.text != "下半年" ? whole_year : specific).insert({year, month});
    }
  }
  // "Q1".."Q4".
  for (std::size_t at = target.find('Q'); at != std::string_view::npos;
       at = target.find('Q', at + 1))
    if (at + 1 < target.size() && target[at + 1] >= '1' && target[at + 1] <= '4')
      specific.insert({as_of_year, (target[at + 1] - '0') * 3});
  const auto& found = specific.empty() ? whole_year : specific;
  if (found.size() != 1) return std::nullopt;
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", found.begin()->first, found.begin()->second);
  return text;
}

}  // namespace chainmap
