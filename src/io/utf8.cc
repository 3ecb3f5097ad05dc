#include "src/io/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <tmmintrin.h>
#define CHAINMAP_UTF8_SSSE3 1
#endif

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

/// The scalar check: ASCII eight bytes at a time, Chinese three bytes at a time.
bool IsValidUtf8Scalar(std::string_view s) {
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

#ifdef CHAINMAP_UTF8_SSSE3

/// Sixteen bytes at a time with three table look-ups (Keiser and Lemire, "Validating
/// UTF-8 in less than one instruction per byte", 2021, as simdutf's SSE kernel): each
/// byte's high nibble, its predecessor's high and low nibbles pick the error classes the
/// pair may show; what remains, with the lengths the lead bytes two and three back ask
/// for, is an error. The tail is copied into a block padded with ASCII.
__attribute__((target("ssse3"))) bool IsValidUtf8Ssse3(std::string_view s) {
  constexpr std::uint8_t kTooShort = 1 << 0, kTooLong = 1 << 1, kOverlong3 = 1 << 2,
                         kTooLarge = 1 << 3, kSurrogate = 1 << 4, kOverlong2 = 1 << 5,
                         kTooLarge1000 = 1 << 6, kOverlong4 = 1 << 6, kTwoConts = 1 << 7;
  constexpr std::uint8_t kCarry = kTooShort | kTooLong | kTwoConts;
  const auto table = [](std::uint8_t v0, std::uint8_t v1, std::uint8_t v2, std::uint8_t v3,
                        std::uint8_t v4, std::uint8_t v5, std::uint8_t v6, std::uint8_t v7,
                        std::uint8_t v8, std::uint8_t v9, std::uint8_t va, std::uint8_t vb,
                        std::uint8_t vc, std::uint8_t vd, std::uint8_t ve, std::uint8_t vf) {
    return _mm_setr_epi8(
        static_cast<char>(v0), static_cast<char>(v1), static_cast<char>(v2), static_cast<char>(v3),
        static_cast<char>(v4), static_cast<char>(v5), static_cast<char>(v6), static_cast<char>(v7),
        static_cast<char>(v8), static_cast<char>(v9), static_cast<char>(va), static_cast<char>(vb),
        static_cast<char>(vc), static_cast<char>(vd), static_cast<char>(ve), static_cast<char>(vf));
  };
  const __m128i byte1_high = table(
      kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTwoConts,
      kTwoConts, kTwoConts, kTwoConts, kTooShort | kOverlong2, kTooShort,
      kTooShort | kOverlong3 | kSurrogate, kTooShort | kTooLarge | kTooLarge1000 | kOverlong4);
  const __m128i byte1_low =
      table(kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,
            kCarry | kTooLarge, kCarry | kTooLarge | kTooLarge1000,
            kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
            kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
            kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
            kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000 | kSurrogate,
            kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000);
  const __m128i byte2_high =
      table(kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
            kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,
            kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
            kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
            kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge, kTooShort, kTooShort,
            kTooShort, kTooShort);
  const __m128i nibble = _mm_set1_epi8(0x0F);
  // A block's last bytes that start a sequence it does not finish.
  const __m128i incomplete_max = table(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                       0xFF, 0xFF, 0xFF, 0xF0 - 1, 0xE0 - 1, 0xC0 - 1);
  __m128i error = _mm_setzero_si128();
  __m128i previous = _mm_setzero_si128();
  __m128i previous_incomplete = _mm_setzero_si128();
  const auto check = [&](__m128i input) __attribute__((target("ssse3"))) {
    if (_mm_movemask_epi8(input) == 0) {  // all ASCII: only an unfinished sequence before
      error = _mm_or_si128(error, previous_incomplete);
      previous_incomplete = _mm_setzero_si128();
      previous = input;
      return;
    }
    const __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
    const __m128i special = _mm_and_si128(
        _mm_and_si128(_mm_shuffle_epi8(byte1_high, _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble)),
                      _mm_shuffle_epi8(byte1_low, _mm_and_si128(prev1, nibble))),
        _mm_shuffle_epi8(byte2_high, _mm_and_si128(_mm_srli_epi16(input, 4), nibble)));
    const __m128i prev2 = _mm_alignr_epi8(input, previous, 14);
    const __m128i prev3 = _mm_alignr_epi8(input, previous, 13);
    const __m128i third = _mm_subs_epu8(prev2, _mm_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    const __m128i fourth = _mm_subs_epu8(prev3, _mm_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    const __m128i must23 =
        _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(static_cast<char>(0x80)));
    error = _mm_or_si128(error, _mm_xor_si128(must23, special));
    previous_incomplete = _mm_subs_epu8(input, incomplete_max);
    previous = input;
  };
  const char* const data = s.data();
  std::size_t pos = 0;
  for (; pos + 16 <= s.size(); pos += 16) {
    check(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos)));
    if ((pos & 0x3F0) == 0x3F0 &&
        _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) != 0xFFFF)
      return false;  // a long text stops at its first bad kilobyte
  }
  if (pos < s.size()) {
    char tail[16] = {};
    std::memcpy(tail, data + pos, s.size() - pos);
    check(_mm_loadu_si128(reinterpret_cast<const __m128i*>(tail)));
  }
  error = _mm_or_si128(error, previous_incomplete);
  return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xFFFF;
}

#endif

}  // namespace

bool IsValidUtf8(std::string_view s) {
#ifdef CHAINMAP_UTF8_SSSE3
  static const bool ssse3 = [] {
    __builtin_cpu_init();  // in case the first check runs before main
    return __builtin_cpu_supports("ssse3") != 0;
  }();
  if (ssse3) return IsValidUtf8Ssse3(s);
#endif
  return IsValidUtf8Scalar(s);
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
