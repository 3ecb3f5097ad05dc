#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "src/io/json_document.h"

namespace chainmap {

/// The UTF-8 byte-order mark: accepted at the start of every input, written at the start of
/// CSV files so that Excel reads them as UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// The first invalid UTF-8 byte of a text: where it is and its value in hex.
struct Utf8Problem {
  TextPosition position;
  std::string byte_hex;
};

/// Whether all of `text` is well-formed UTF-8 (as FindInvalidUtf8 judges it): ASCII eight
/// bytes at a time, the three-byte sequences of most Chinese inline. The fast check of a
/// registry pool's every row; FindInvalidUtf8 says where only when something is wrong.
bool IsValidUtf8(std::string_view text);

/// Finds the first byte that is not part of well-formed UTF-8 (no overlongs, no
/// surrogates, nothing above U+10FFFF); nullopt when the text is valid.
std::optional<Utf8Problem> FindInvalidUtf8(std::string_view text);

/// The length of the UTF-8 sequence starting at `pos` (1 for an invalid lead byte).
std::size_t Utf8SequenceLength(std::string_view text, std::size_t pos);

/// Appends code point `code` as UTF-8.
void AppendUtf8(std::string& out, unsigned code);

}  // namespace chainmap
