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

std::string FormatCount(std::size_t n, std::string_view one, std::string_view many,
                        std::string_view none) {
  if (n == 0 && !none.empty()) return std::string(none) + " " + std::string(many);
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace chainmap
