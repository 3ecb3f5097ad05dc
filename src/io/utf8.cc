#include "src/io/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace chainmap {
namespace {

/// Length of a valid sequence at `pos`, or 0 if the bytes there are not valid UTF-8.
std::size_t ValidSequenceLength(std::string_view s, std::size_t pos) {
  const auto byte = [&](std::size_t i) -> unsigned {
    return pos + i < s.size() ? static_cast<unsigned char>(s[pos + i]) : 0x100u;
  };
  const unsigned b0 = byte(0);
  const auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    const unsigned b = byte(i);
    return b >= lo && b <= hi;
  };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  const char* const data = s.data();
  const std::size_t size = s.size();
  std::size_t pos = 0;
  while (pos < size) {
    const auto b0 = static_cast<unsigned char>(data[pos]);
    if (b0 < 0x80) {
      // An ASCII run: eight bytes at a time.
      ++pos;
      while (pos + 8 <= size) {
        std::uint64_t word;
        std::memcpy(&word, data + pos, 8);
        if ((word & 0x8080808080808080ull) != 0) break;
        pos += 8;
      }
      continue;
    }
    // Most Chinese text: E1..EC, EE, EF and two continuation bytes.
    if (b0 >= 0xE1 && b0 != 0xED && b0 <= 0xEF && pos + 3 <= size &&
        (static_cast<unsigned char>(data[pos + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(data[pos + 2]) & 0xC0) == 0x80) {
      pos += 3;
      continue;
    }
    const std::size_t len = ValidSequenceLength(s, pos);
    if (len == 0) return false;
    pos += len;
  }
  return true;
}

std::optional<Utf8Problem> FindInvalidUtf8(std::string_view text) {
  if (IsValidUtf8(text)) return std::nullopt;
  int line = 1;
  int column = 1;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t len = ValidSequenceLength(text, pos);
    if (len == 0) {
      char hex[3];
      std::snprintf(hex, sizeof hex, "%02X", static_cast<unsigned char>(text[pos]));
      return Utf8Problem{{line, column}, hex};
    }
    if (text[pos] == '\n' || (text[pos] == '\r' && text.substr(pos + 1, 1) != "\n")) {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    pos += len;
  }
  return std::nullopt;
}

std::size_t Utf8SequenceLength(std::string_view text, std::size_t pos) {
  const std::size_t len = ValidSequenceLength(text, pos);
  return len == 0 ? 1 : len;
}

void AppendUtf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace chainmap
