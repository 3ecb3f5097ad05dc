#include "src/model/uscc.h"

#include <array>

namespace chainmap {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                       29, 25, 13, 8,  24, 10, 30, 28};

/// Each byte's value in kAlphabet, -1 for a byte not in it: one look-up per character
/// (a registry pool checks millions of codes).
constexpr std::array<signed char, 256> kValues = [] {
  std::array<signed char, 256> values{};
  values.fill(-1);
  for (std::size_t i = 0; i < kAlphabet.size(); ++i)
    values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
  return values;
}();

int ValueOf(char c) { return kValues[static_cast<unsigned char>(c)]; }

}  // namespace

char UsccCheckCharacter(std::string_view first17) {
  if (first17.size() != 17) return '\0';
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    const int value = ValueOf(first17[i]);
    if (value < 0) return '\0';
    sum += value * kWeights[i];
  }
  return kAlphabet[(31 - sum % 31) % 31];
}

std::string UsccProblem(std::string_view code) {
  if (code.size() != 18) return "must have 18 characters, has " + std::to_string(code.size());
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (ValueOf(code[i]) < 0)
      return "character " + std::to_string(i + 1) + " '" + std::string(1, code[i]) +
             "' is not allowed (use 0-9 and upper-case A-Y without I, O, Z, S, V)";
  }
  const char expected = UsccCheckCharacter(code.substr(0, 17));
  if (code[17] != expected)
    return std::string("check character is '") + code[17] + "', expected '" + expected +
           "' (a character was mistyped)";
  return {};
}

}  // namespace chainmap
