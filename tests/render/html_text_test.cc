#include "render/html_text.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

TEST_CASE("HtmlText turns markup characters into entities and doubles backslashes") {
  CHECK(HtmlText("炼钢") == "炼钢");
  CHECK(HtmlText("<b>A&B</b>") == "&lt;b&gt;A&amp;B&lt;/b&gt;");
  CHECK(HtmlText("\"q\" 's'") == "&quot;q&quot; &#39;s&#39;");
  CHECK(HtmlText("&amp;") == "&amp;amp;");
  CHECK(HtmlText("a\\Nb") == "a\\\\Nb");
  CHECK(HtmlText("two\nlines") == "two lines");
}

TEST_CASE("DotQuoted escapes quotes, backslashes and newlines") {
  CHECK(DotQuoted("steel") == "\"steel\"");
  CHECK(DotQuoted("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"");
}

TEST_CASE("Ellipsize counts code points, not bytes") {
  CHECK(Ellipsize("特钢棒线材", 5) == "特钢棒线材");
  CHECK(Ellipsize("特钢棒线材", 4) == "特钢棒…");
  CHECK(Ellipsize("abcdef", 3) == "ab…");
  CHECK(Ellipsize("", 3) == "");
}

}  // namespace
}  // namespace chainmap
