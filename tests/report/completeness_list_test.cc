#include "src/report/completeness_list.h"

#include <map>

#include <catch2/catch.hpp>

#include "tests/io/zone_fixture.h"
#include "tests/report/list_test_util.h"

namespace chainmap {
namespace {

// The mini zone; chain values and counts as `chainmap analyze docs/examples/mini
// --format json` gives them (steel 0.5 at every stage, equipment 0, zone 0.3125), in
// percent. The zone's stages, by hand: 上游 scrap 缺, steelmaking 强, reducer 缺 → 1/3;
// 中游 wire-rod 强, gear-steel 缺, robot 缺 → 1/3; 下游 springs 弱 (½), integration 缺 → ¼.
TEST_CASE("Completeness summary: per chain and stage in percent, counts, and a zone row") {
  const MiniAnalysis mini;
  const Table table = BuildCompletenessList(mini.inputs());
  CHECK(table.title == "产业链完整度汇总");
  CHECK(RowTexts(table) == std::vector<std::string>{"钢铁|50|50|50|50|5|2|1|0|2",
                                                    "装备|0|0|0|0|3|0|0|0|3",
                                                    "全区|31.25|33.33|33.33|25|8|2|1|0|5"});
}

// One chain of one upstream link held weakly: its 中游 and 下游 have no links, so those
// cells are empty, not 0.   a/x (弱)
TEST_CASE("Completeness summary: a stage without links is an empty cell") {
  const std::map<std::string, std::string> files{
      {"zone.json",
       R"({"format": "chainmap/1", "id": "z", "name": {"zh": "区"}, "as_of": "2024",
           "chains": ["a"]})"},
      {"a.json", R"({"id": "a", "name": {"zh": "甲链"},
           "links": [{"id": "x", "name": {"zh": "甲环节"}, "stage": "upstream"}]})"},
      {"enterprises.json", R"({"enterprises": [
         {"id": "e", "name": "本地企业", "local": true, "links": ["a/x"]}]})"},
      {"projects.json", R"({"projects": []})"}};
  const Zone zone = testing::LoadFiles(files).zone;
  ZoneAnalysis analysis(zone);
  analysis.Run();
  const Table table = BuildCompletenessList(ListInputs{zone, analysis});
  CHECK(RowTexts(table) ==
        std::vector<std::string>{"甲链|50|50|||1|0|1|0|0", "全区|50|50|||1|0|1|0|0"});
  CHECK(std::holds_alternative<std::monostate>(table.rows[1][3]));
}

}  // namespace
}  // namespace chainmap
