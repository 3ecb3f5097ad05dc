#include "src/report/source_text.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

Zone WithDocuments() {
  Zone zone;
  zone.extra["documents"] = {{"001_c733a3e8616874ce.txt", "济源高新区2024年上半年工作总结"}};
  return zone;
}

TEST_CASE("source text: a document by its title and section, never its file name", "[report]") {
  const Zone zone = WithDocuments();
  CHECK(SourceText(zone, "001_c733a3e8616874ce.txt 二(二)") ==
        "《济源高新区2024年上半年工作总结》 二(二)");
  // An English remark after the section is left out.
  CHECK(SourceText(zone, "001_c733a3e8616874ce.txt 二(一) (as 济钢)") ==
        "《济源高新区2024年上半年工作总结》 二(一)");
  CHECK(SourceText(zone, "001_c733a3e8616874ce.txt") == "《济源高新区2024年上半年工作总结》");
}

TEST_CASE("source text: a document without a title, public sources and common knowledge",
          "[report]") {
  const Zone zone = WithDocuments();
  CHECK(SourceText(zone, "000_736da97378c749be.txt 一(一)") == "本区文件 一(一)");
  CHECK(SourceText(Zone{}, "000_736da97378c749be.txt 一(一)") == "本区文件 一(一)");
  CHECK(SourceText(zone, "[pub] candidate list, chains-reference.md (springs)") == "公开资料");
  CHECK(SourceText(zone, "[gk] registered name") == "公开常识");
  // A source already in Chinese is kept.
  CHECK(SourceText(zone, "管委会通报 三(二)") == "管委会通报 三(二)");
}

}  // namespace
}  // namespace chainmap
