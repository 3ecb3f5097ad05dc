#include "src/io/source_citation.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

Zone TwoDocuments() {
  Zone zone;
  zone.documents = {{"000.txt", "高新区2023年上半年工作总结", "2023-06"},
                    {"001.txt", "无日期的文件", ""}};
  return zone;
}

TEST_CASE("A cited source: the document's title and the period it reports", "[io]") {
  const Zone zone = TwoDocuments();
  CHECK(CitedSource(zone, "000.txt 二(一)", false) ==
        "《高新区2023年上半年工作总结》（2023 年 6 月）");
  CHECK(CitedSource(zone, "000.txt 二(一)", true) ==
        "《高新区2023年上半年工作总结》（2023 年 6 月） 二(一)");
  CHECK(CitedSource(zone, "000.txt", true) == "《高新区2023年上半年工作总结》（2023 年 6 月）");
  // No date given: the title alone.
  CHECK(CitedSource(zone, "001.txt 三", true) == "《无日期的文件》 三");
  // Not a document of the zone: as SourceText says it.
  CHECK(CitedSource(zone, "[pub] a list", true) == "公开资料");
  CHECK(CitedSource(zone, "002.txt 一", true) == "本区文件 一");
}

TEST_CASE("Cited sources: each once, sections dropped when asked", "[io]") {
  const Zone zone = TwoDocuments();
  CHECK(CitedSources(zone, {"000.txt 一", "000.txt 二(一)", "[gk] x", "001.txt"}, false) ==
        std::vector<std::string>{"《高新区2023年上半年工作总结》（2023 年 6 月）", "公开常识",
                                 "《无日期的文件》"});
  // With sections: each document once, its sections after it.
  CHECK(CitedSources(zone, {"000.txt 一", "[gk] x", "000.txt 二(一)", "000.txt 一", "001.txt"},
                     true) ==
        std::vector<std::string>{"《高新区2023年上半年工作总结》（2023 年 6 月） 一、二(一)",
                                 "公开常识", "《无日期的文件》"});
}

}  // namespace
}  // namespace chainmap
