#include "src/model/source_text.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

Zone WithDocuments() {
  Zone zone;
  zone.documents = {{"001_c733a3e8616874ce.txt", "济源高新区2024年上半年工作总结", "2024-06"}};
  return zone;
}

TEST_CASE("source text: a document by its title and section, never its file name", "[model]") {
  const Zone zone = WithDocuments();
  CHECK(SourceText(zone, "001_c733a3e8616874ce.txt 二(二)") ==
        "《济源高新区2024年上半年工作总结》 二(二)");
  // An English remark after the section is left out.
  CHECK(SourceText(zone, "001_c733a3e8616874ce.txt 二(一) (as 济钢)") ==
        "《济源高新区2024年上半年工作总结》 二(一)");
  CHECK(SourceText(zone, "001_c733a3e8616874ce.txt") == "《济源高新区2024年上半年工作总结》");
}

TEST_CASE("source text: a document without a title, public sources and common knowledge",
          "[model]") {
  const Zone zone = WithDocuments();
  CHECK(SourceText(zone, "000_736da97378c749be.txt 一(一)") == "本区文件 一(一)");
  CHECK(SourceText(Zone{}, "000_736da97378c749be.txt 一(一)") == "本区文件 一(一)");
  CHECK(SourceText(zone, "[pub] candidate list, chains-reference.md (springs)") == "公开资料");
  CHECK(SourceText(zone, "[gk] registered name") == "公开常识");
  CHECK(SourceText(zone, "[inf] chain choice: docs/chains.md") == "分析推断");
  CHECK(SourceText(zone, "import: export.xlsx row 3 (exported 2024-06-30)") ==
        "工商登记数据（导出于 2024-06-30）");
  CHECK(SourceText(zone, "import: export.xlsx row 3") == "工商登记数据");
  // A source already in Chinese is kept.
  CHECK(SourceText(zone, "管委会通报 三(二)") == "管委会通报 三(二)");
}

}  // namespace
}  // namespace chainmap
