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
