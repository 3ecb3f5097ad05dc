#include "src/io/utf8.h"

#include <catch2/catch.hpp>

using namespace chainmap;

namespace {

/// "line:column 0xHH" of the first bad byte, or "valid".
std::string Check(std::string_view text) {
  const auto problem = FindInvalidUtf8(text);
  if (!problem) return "valid";
  return std::to_string(problem->position.line) + ":" + std::to_string(problem->position.column) +
         " 0x" + problem->byte_hex;
}

}  // namespace

TEST_CASE("UTF-8 check: valid text of every sequence length passes", "[io][utf8]") {
  CHECK(Check("") == "valid");
  CHECK(Check("plain ASCII longer than eight bytes, with a newline\n") == "valid");
  CHECK(Check("济源市钢铁（集团）有限公司") == "valid");  // three-byte sequences
  CHECK(Check("caf\xC3\xA9 \xF0\x9F\x98\x80 \xE0\xA0\x80 \xED\x9F\xBF \xF4\x8F\xBF\xBF") ==
        "valid");  // é, an emoji, and the edges E0 A0, ED 9F, F4 8F
}

TEST_CASE("UTF-8 check: the first bad byte, by line and character column", "[io][utf8]") {
  // After a run of ASCII (read eight bytes at a time) and inside Chinese text.
  CHECK(Check("abcdefghijklmnop\xFFq") == "1:17 0xFF");
  CHECK(Check("钢铁\x80") == "1:3 0x80");                       // a lone continuation byte
  CHECK(Check("钢\n铁\xE9\x92") == "2:2 0xE9");                 // cut short at the end
  CHECK(Check("钢\xE9\x92x铁") == "1:2 0xE9");                  // cut short by ASCII
  CHECK(Check("\xED\xA0\x80") == "1:1 0xED");                   // a surrogate
  CHECK(Check("\xE0\x80\x80") == "1:1 0xE0");                   // overlong
  CHECK(Check("\xC0\xAF") == "1:1 0xC0");                       // overlong
  CHECK(Check("\xF4\x90\x80\x80") == "1:1 0xF4");               // above U+10FFFF
  CHECK(Check("12345678\xEF\xBC\x88\xEF\xBC") == "1:10 0xEF");  // （ then a cut one
}

TEST_CASE("UTF-8 check: the quick check agrees with the one that says where", "[io][utf8]") {
  for (const std::string_view text :
       {std::string_view(""), std::string_view("abcdefghijklmnop"),
        std::string_view("钢铁，有限公司"), std::string_view("a钢bcdefghijk铁"),
        std::string_view("caf\xC3\xA9 \xF0\x9F\x98\x80"), std::string_view("abcdefghijklmnop\xFFq"),
        std::string_view("钢铁\x80"), std::string_view("钢\n铁\xE9\x92"),
        std::string_view("\xED\xA0\x80"), std::string_view("\xE0\x80\x80"),
        std::string_view("12345678\xEF\xBC\x88\xEF\xBC")}) {
    INFO(text);
    CHECK(IsValidUtf8(text) == !FindInvalidUtf8(text));
  }
  CHECK(IsValidUtf8("河南省济源市,91419001MA45C0009X,存续\r\n"));
  CHECK_FALSE(IsValidUtf8("河南省,\xE6\xB5,存续"));  // a character cut by a comma
}

namespace {

/// Well-formed UTF-8 as the Unicode Standard's table 3-7 lists it, byte by byte: the
/// reference the sixteen-byte check is compared with.
bool WellFormed(std::string_view s) {
  const auto in = [](unsigned char b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
  for (std::size_t i = 0; i < s.size();) {
    const auto b = [&](std::size_t k) {
      return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
    };
    std::size_t n = 0;
    if (b(0) <= 0x7F)
      n = 1;
    else if (in(b(0), 0xC2, 0xDF) && in(b(1), 0x80, 0xBF))
      n = 2;
    else if (b(0) == 0xE0 && in(b(1), 0xA0, 0xBF) && in(b(2), 0x80, 0xBF))
      n = 3;
    else if ((in(b(0), 0xE1, 0xEC) || in(b(0), 0xEE, 0xEF)) && in(b(1), 0x80, 0xBF) &&
             in(b(2), 0x80, 0xBF))
      n = 3;
    else if (b(0) == 0xED && in(b(1), 0x80, 0x9F) && in(b(2), 0x80, 0xBF))
      n = 3;
    else if (b(0) == 0xF0 && in(b(1), 0x90, 0xBF) && in(b(2), 0x80, 0xBF) && in(b(3), 0x80, 0xBF))
      n = 4;
    else if (in(b(0), 0xF1, 0xF3) && in(b(1), 0x80, 0xBF) && in(b(2), 0x80, 0xBF) &&
             in(b(3), 0x80, 0xBF))
      n = 4;
    else if (b(0) == 0xF4 && in(b(1), 0x80, 0x8F) && in(b(2), 0x80, 0xBF) && in(b(3), 0x80, 0xBF))
      n = 4;
    if (n == 0 || i + n > s.size()) return false;
    i += n;
  }
  return true;
}

}  // namespace

TEST_CASE("UTF-8 check: every byte pair and edge triple, at every place in a block", "[io][utf8]") {
  // The check reads sixteen bytes at a time: a sequence may straddle two blocks, or end
  // in the padded tail. Each case sits after 0 to 33 bytes of Chinese or ASCII text.
  const std::string chinese = "钢铁有限公司，炼钢轧钢铸造锻造";
  std::vector<std::string> cases;
  for (unsigned a = 0x7F; a <= 0xFF; ++a)
    for (unsigned b = 0; b <= 0xFF; ++b)
      cases.push_back({static_cast<char>(a), static_cast<char>(b)});
  const unsigned char edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
                                 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
  for (const unsigned char a : edges)
    for (const unsigned char b : edges)
      for (const unsigned char c : edges)
        for (const unsigned char d : {0x41, 0x80, 0xBF})
          cases.push_back({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                           static_cast<char>(d)});
  std::size_t mismatches = 0;
  for (std::size_t lead = 0; lead <= 33; ++lead)
    for (const std::string& c : cases) {
      const std::string ascii = std::string(lead, 'x') + c;
      const std::string cjk = chinese.substr(0, lead / 3 * 3) + std::string(lead % 3, 'y') + c;
      for (const std::string* text : {&ascii, &cjk})
        if (IsValidUtf8(*text) != WellFormed(*text) ||
            IsValidUtf8(*text + "tail") != WellFormed(*text + "tail"))
          ++mismatches;
    }
  CHECK(mismatches == 0);
  CHECK(WellFormed("济源 \xF0\x9F\x98\x80"));
  CHECK_FALSE(WellFormed("\xED\xA0\x80"));
}

TEST_CASE("UTF-8 check: a long text with one bad byte anywhere", "[io][utf8]") {
  std::string text;
  while (text.size() < 3000) text += "河南省济源市,91419001MA45C0009X,存续,C3120 炼钢\r\n";
  CHECK(IsValidUtf8(text));
  for (std::size_t at = 0; at < text.size(); at += 37) {
    std::string bad = text;
    bad[at] = '\xFF';
    INFO(at);
    CHECK_FALSE(IsValidUtf8(bad));
  }
}
