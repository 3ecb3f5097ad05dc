#include "src/report/project_list.h"

#include <map>

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"

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
  return LoadZone(
             [&](const std::string& name) -> std::optional<std::string> {
               const auto it = files.find(name);
               return it == files.end() ? std::nullopt : std::optional(it->second);
             },
             "z")
      .zone;
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

}  // namespace
}  // namespace chainmap
