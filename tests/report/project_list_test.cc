#include "src/report/project_list.h"

#include <map>

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"
#include "test_paths.h"
#include "tests/io/zone_fixture.h"
#include "tests/report/list_test_util.h"

namespace chainmap {
namespace {

// Two chains of one link each:   a/x      b/y
// Projects: p1 (a, signed, 1.5), p2 (a+b, construction, 3), p3 (b, signed, no figure),
//           p4 (no link, planned, 0.1), p5 (a, signed, 2.25)
Zone TwoChains() {
  const std::map<std::string, std::string> files{
      {"zone.json",
       R"({"format": "chainmap/1", "id": "z", "name": {"zh": "区"}, "as_of": "2024",
           "chains": ["a", "b"]})"},
      {"a.json", R"({"id": "a", "name": {"zh": "甲链"},
           "links": [{"id": "x", "name": {"zh": "甲环节"}, "stage": "upstream"}]})"},
      {"b.json", R"({"id": "b", "name": {"zh": "乙链"},
           "links": [{"id": "y", "name": {"zh": "乙环节"}, "stage": "downstream"}]})"},
      {"enterprises.json", R"({"enterprises": []})"},
      {"projects.json", R"({"projects": [
         {"id": "p1", "name": "一", "links": ["a/x"], "investment": 1.5, "stage": "signed"},
         {"id": "p2", "name": "二", "links": ["a/x", "b/y"], "investment": 3, "stage": "construction"},
         {"id": "p3", "name": "三", "links": ["b/y"], "stage": "signed"},
         {"id": "p4", "name": "四", "investment": 0.1, "stage": "planned"},
         {"id": "p5", "name": "五", "links": ["a/x"], "investment": 2.25, "stage": "signed"}]})"}};
  return testing::LoadFiles(files).zone;
}

TEST_CASE("Project list: most advanced stage first, larger investment first, unknown last") {
  const Zone zone = TwoChains();
  ZoneAnalysis analysis(zone);
  analysis.Run();
  const Table table = BuildProjectList(ListInputs{zone, analysis});
  std::vector<std::string> ids;
  for (const auto& row : table.rows) ids.push_back(std::get<std::string>(row[8]));
  CHECK(ids == std::vector<std::string>{"p2", "p5", "p1", "p3", "p4"});
  CHECK(std::get<std::string>(table.rows[0][5]) == "甲链、乙链");
  CHECK(std::holds_alternative<std::monostate>(table.rows[3][3]));
}

TEST_CASE("Project totals: per chain and stage, a two-chain project counts once in the zone") {
  const Zone zone = TwoChains();
  ZoneAnalysis analysis(zone);
  analysis.Run();
  const Table table = BuildProjectTotals(ListInputs{zone, analysis});
  REQUIRE(table.rows.size() == 4);
  const auto numbers = [&](std::size_t r) {
    std::vector<double> out;
    for (std::size_t c = 1; c < table.rows[r].size(); ++c)
      out.push_back(std::get<double>(table.rows[r][c]));
    return out;
  };
  // columns: 谋划 洽谈 签约 在建 投产 合计 项目数 未列投资额
  CHECK(std::get<std::string>(table.rows[0][0]) == "甲链");
  CHECK(numbers(0) == std::vector<double>{0, 0, 3.75, 3, 0, 6.75, 3, 0});
  CHECK(numbers(1) == std::vector<double>{0, 0, 0, 3, 0, 3, 2, 1});
  CHECK(std::get<std::string>(table.rows[2][0]) == "（未关联产业链）");
  CHECK(numbers(2) == std::vector<double>{0.1, 0, 0, 0, 0, 0.1, 1, 0});
  CHECK(std::get<std::string>(table.rows[3][0]) == "全区合计");
  CHECK(numbers(3) == std::vector<double>{0.1, 0, 3.75, 3, 0, 6.85, 5, 1});
}

TEST_CASE("Project totals on chains/: the projects on no chain by cluster, none left over") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  ZoneAnalysis analysis(loaded.zone);
  analysis.Run();
  const auto rows = RowTexts(BuildProjectTotals(ListInputs{loaded.zone, analysis}));
  // 7 chains, 5 clusters, 全区合计; no （未关联产业链） row.
  REQUIRE(rows.size() == 13);
  // 谋划|洽谈|签约|在建|投产|合计|项目数|未列投资额, from the 2023 and 2024 documents:
  // 区块链溯源平台 (投产, 000 一(五)) and 数字经济产业园项目 (谋划, 000 二(一)), no figures;
  // 植物干细胞 2 亿元 签约; 优生态科技中心 9.8 亿元 意向; 产城融合配套 8.16 亿元 在建;
  // 洛石化大乙烯 (在建, no figure): 19.96 亿元 in all.
  CHECK(rows[7] == "现代数智创新（集群）|0|0|0|0|0|0|2|2");
  CHECK(rows[8] == "生命健康（集群）|0|0|2|0|0|2|1|0");
  CHECK(rows[9] == "新质生产力样板区（集群）|0|9.8|0|0|0|9.8|1|0");
  CHECK(rows[10] == "产城融合第一先行区（集群）|0|0|0|8.16|0|8.16|1|0");
  CHECK(rows[11] == "洛石化大乙烯产业链（区外）（集群）|0|0|0|0|0|0|1|1");
  CHECK(rows[12].starts_with("全区合计|"));
}

}  // namespace
}  // namespace chainmap
