#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chainmap {

/// The one rule for text read from a zone (docs/format.md, "Text"): no control
/// characters. Names and other one-line texts take none at all; free text (notes,
/// sources) may hold line breaks and tabs. A text that breaks the rule is refused, with
/// its place, rather than cleaned: a control character is a mistake to fix at the source.
enum class TextKind { kLine, kFreeText };

/// The first character that breaks the rule: its place (1-based, in characters) and
/// its code point.
struct TextProblem {
  std::size_t character = 0;
  unsigned code = 0;
};

/// The first control character `kind` does not allow in `text` (valid UTF-8): C0
/// controls (NUL included), DEL and C1 controls.
std::optional<TextProblem> FindControlCharacter(std::string_view text, TextKind kind);

/// "control character U+000B (vertical tab) at character 3".
std::string DescribeControlCharacter(const TextProblem& problem);

/// "control character U+000B (vertical tab) at character 3: remove it …".
std::string ControlCharacterMessage(const TextProblem& problem, TextKind kind);

/// The most a text read from a zone may hold, in UTF-16 code units as Excel counts them
/// (a character outside the Basic Multilingual Plane counts two): a spreadsheet cell's
/// limit, so that every name and note reaches the lists whole.
inline constexpr std::size_t kMaxTextUnits = 32767;

/// "40000 characters: more than a spreadsheet cell holds (32767, Excel's limit); shorten
/// it", or nullopt when `text` (valid UTF-8) fits a cell.
std::optional<std::string> TextLengthProblem(std::string_view text);

}  // namespace chainmap
