#include "src/io/number_format.h"

#include <array>
#include <charconv>
#include <cmath>

namespace chainmap {

std::string FormatNumber(double value) {
  if (value == 0) return "0";  // Also turns -0 into "0".
  std::array<char, 64> buffer{};
  // Plain decimal notation up to 1e15 (amounts in 亿元 stay far below), shortest form.
  const auto format = std::fabs(value) < 1e15 && std::fabs(value) >= 1e-6
                          ? std::chars_format::fixed
                          : std::chars_format::general;
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, format);
  return std::string(buffer.data(), result.ptr);
}

std::string ScoreText(double score) {
  std::array<char, 64> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), Round2(score),
                                    std::chars_format::fixed, 2);
  return std::string(buffer.data(), result.ptr);
}

std::string YiText(double amount) { return FormatNumber(RoundAmount(amount)) + " 亿元"; }

std::string PercentText(double share, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return FormatNumber(std::round(share * 100 * scale) / scale) + "%";
}

std::string ChineseDate(std::string_view date) {
  auto digits = [&](std::size_t from, std::size_t n) {
    if (date.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i)
      if (date[i] < '0' || date[i] > '9') return false;
    return true;
  };
  auto number = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (date[i] - '0');
    return std::to_string(v);
  };
  if (!digits(0, 4)) return std::string(date);
  std::string out = std::string(date.substr(0, 4)) + " 年";
  if (date.size() == 4) return out;
  if (date.size() < 7 || date[4] != '-' || !digits(5, 2)) return std::string(date);
  out += " " + number(5, 2) + " 月";
  if (date.size() == 7) return out;
  if (date.size() != 10 || date[7] != '-' || !digits(8, 2)) return std::string(date);
  return out + " " + number(8, 2) + " 日";
}

std::string FormatCount(std::size_t n, std::string_view one, std::string_view many,
                        std::string_view none) {
  if (n == 0 && !none.empty()) return std::string(none) + " " + std::string(many);
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace chainmap
