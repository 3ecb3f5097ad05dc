#pragma once

#include <string>
#include <string_view>

namespace chainmap {

/// Checks a 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters
/// from 0-9 and A-Y without I, O, Z, S, V, the last one a check character. Returns an
/// empty string when valid, otherwise what is wrong, for an error message.
std::string UsccProblem(std::string_view code);

/// The check character that completes the first 17 characters of a code; '\0' if
/// those are not 17 valid characters. For tests and tools that make codes.
char UsccCheckCharacter(std::string_view first17);

}  // namespace chainmap
