#include "src/io/text_rule.h"

#include <cstdio>

namespace chainmap {

std::optional<TextProblem> FindControlCharacter(std::string_view text, TextKind kind) {
  std::size_t character = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    ++character;
    const bool allowed_break = kind == TextKind::kFreeText && (c == '\n' || c == '\t');
    if ((c < 0x20 && !allowed_break) || c == 0x7F) return TextProblem{character, c};
    // C1 controls U+0080–U+009F are 0xC2 0x80–0x9F in UTF-8.
    if (c == 0xC2 && i + 1 < text.size()) {
      const unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return TextProblem{character, next};
    }
  }
  return std::nullopt;
}

std::string DescribeControlCharacter(const TextProblem& problem) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", problem.code);
  std::string name;
  switch (problem.code) {
    case 0x00:
      name = " (NUL)";
      break;
    case 0x07:
      name = " (bell)";
      break;
    case 0x08:
      name = " (backspace)";
      break;
    case 0x09:
      name = " (tab)";
      break;
    case 0x0A:
      name = " (line break)";
      break;
    case 0x0B:
      name = " (vertical tab)";
      break;
    case 0x0C:
      name = " (form feed)";
      break;
    case 0x0D:
      name = " (carriage return)";
      break;
    case 0x1B:
      name = " (escape)";
      break;
    case 0x7F:
      name = " (delete)";
      break;
    default:
      break;
  }
  return "control character " + std::string(code) + name + " at character " +
         std::to_string(problem.character);
}

std::string ControlCharacterMessage(const TextProblem& problem, TextKind kind) {
  return DescribeControlCharacter(problem) + ": remove it (" +
         (kind == TextKind::kLine ? "a name is one line of text without control characters"
                                  : "text may hold line breaks and tabs, no other control "
                                    "characters") +
         ")";
}

std::optional<std::string> TextLengthProblem(std::string_view text) {
  if (text.size() <= kMaxTextUnits) return std::nullopt;  // one byte is at least one unit
  std::size_t units = 0;
  for (const char byte : text) {
    const auto c = static_cast<unsigned char>(byte);
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;  // a 4-byte sequence: a surrogate pair
  }
  if (units <= kMaxTextUnits) return std::nullopt;
  return std::to_string(units) + " characters: more than a spreadsheet cell holds (" +
         std::to_string(kMaxTextUnits) + ", Excel's limit); shorten it";
}

}  // namespace chainmap
