#include "src/io/xml_writer.h"

#include <catch2/catch.hpp>

#include "src/io/xml_escape.h"

namespace chainmap {
namespace {

TEST_CASE("XmlWriter nests elements, writes empty ones short and escapes values", "[xml]") {
  XmlWriter xml;
  xml.Open("a").Attr("n", "x<&\"'>y").Attr("k", 42);
  xml.Open("b").Text("1 < 2 & 3 > 2").Close();
  xml.Leaf("c", {{"v", "q\"q"}});
  xml.Open("d").Close();
  CHECK(xml.Close().Finish() ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<a n=\"x&lt;&amp;&quot;&apos;&gt;y\" k=\"42\"><b>1 &lt; 2 &amp; 3 &gt; 2</b>"
        "<c v=\"q&quot;q\"/><d/></a>");
}

TEST_CASE("XmlWriter refuses a document with an element left open", "[xml]") {
  XmlWriter xml;
  xml.Open("a").Open("b").Close();
  CHECK_THROWS_WITH(xml.Finish(), "XmlWriter: <a> left open");
  XmlWriter fragment;
  fragment.Open("p").Text("x").Close();
  CHECK(fragment.Fragment() == "<p>x</p>");
}

TEST_CASE("XmlEscape replaces what XML 1.0 forbids, one U+FFFD each", "[xml]") {
  CHECK(XmlEscape("a\x01"
                  "b\x1F"
                  "c") ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c");
  CHECK(XmlEscape("tab\tlf\ncr\r") == "tab\tlf\ncr\r");
  CHECK(XmlEscape("\xEF\xBF\xBE\xEF\xBF\xBF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFE, U+FFFF
  CHECK(XmlEscape("\xFF"
                  "x") ==
        "\xEF\xBF\xBD"
        "x");                                                                  // not UTF-8
  CHECK(XmlEscape("\xE4\xB8") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // truncated 中
  CHECK(XmlEscape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(XmlEscape("中文·链") == "中文·链");
  CHECK(XmlEscape("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");  // U+1F600 stays
}

}  // namespace
}  // namespace chainmap
