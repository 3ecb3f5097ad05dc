#include "src/analysis/target_progress.h"

#include <map>

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"
#include "tests/io/zone_fixture.h"

namespace chainmap {
namespace {

// As of 2024-06. Facts:
//   rev-target  营业收入 target 1000 亿元        rev-actual 营业收入 actual 900 (2023)
//   rev-again   营业收入 target 1100 (the later wins)
//   key-2024    12 亿元 for 5 projects of 2024
//   built-2023  3 projects of 2023 at construction (count only, 个)
// Projects: a 2024 construction 4 亿元; b 2024 negotiating (no figure); c 2024 signed 6 亿元;
//           d 2023-06 construction; e 2023-06 planned 9 亿元.
Zone Figures() {
  const std::map<std::string, std::string> files{
      {"zone.json",
       R"({"format": "chainmap/1", "id": "z", "name": {"zh": "区"}, "as_of": "2024-06",
           "chains": ["a"], "facts": [
         {"id": "rev-target", "text": "t", "value": 1000, "unit": "亿元", "measure": "营业收入", "kind": "target"},
         {"id": "note", "text": "no measure", "value": 3, "unit": "个"},
         {"id": "rev-actual", "text": "t", "value": 900, "unit": "亿元", "measure": "营业收入", "kind": "actual", "year": 2023},
         {"id": "tax", "text": "t", "value": 20, "unit": "亿元", "measure": "税收收入", "kind": "target"},
         {"id": "rev-again", "text": "t", "value": 1100, "unit": "亿元", "measure": "营业收入", "kind": "target"},
         {"id": "key-2024", "text": "t", "value": 12, "unit": "亿元", "year": 2024, "project_count": 5},
         {"id": "built-2023", "text": "t", "value": 3, "unit": "个", "stage": "construction", "year": 2023, "project_count": 3}]})"},
      {"a.json", R"({"id": "a", "name": {"zh": "甲链"},
           "links": [{"id": "x", "name": {"zh": "甲环节"}, "stage": "upstream"}]})"},
      {"enterprises.json", R"({"enterprises": []})"},
      {"projects.json", R"({"projects": [
         {"id": "a", "name": "甲", "stage": "construction", "investment": 4},
         {"id": "b", "name": "乙", "stage": "negotiating"},
         {"id": "c", "name": "丙", "stage": "signed", "investment": 6},
         {"id": "d", "name": "丁", "stage": "construction", "as_of": "2023-06"},
         {"id": "e", "name": "戊", "stage": "planned", "as_of": "2023-06", "investment": 9}]})"}};
  return testing::LoadFiles(files).zone;
}

TEST_CASE("Target progress: measures line up by kind, the later figure of a kind wins") {
  const Zone zone = Figures();
  TargetProgress progress(zone);
  CHECK_THROWS_AS(progress.measures(), std::logic_error);
  progress.Run();
  const auto& m = progress.measures();
  REQUIRE(m.size() == 2);
  CHECK(m[0].measure == "营业收入");
  CHECK(m[0].facts[0] == std::optional<std::size_t>(4));  // rev-again, not rev-target
  CHECK(m[0].facts[1] == std::optional<std::size_t>(2));
  CHECK_FALSE(m[0].facts[2]);
  CHECK(m[1].measure == "税收收入");
  CHECK(m[1].facts[0] == std::optional<std::size_t>(3));
}

TEST_CASE("Target progress: a stated count of a year's projects against that year's records") {
  const Zone zone = Figures();
  TargetProgress progress(zone);
  progress.Run();
  const auto& checks = progress.checks();
  REQUIRE(checks.size() == 2);
  // 2024: a, b, c (reported at the zone's as_of); 4 + 6 = 10 亿元, b without a figure.
  CHECK(checks[0].fact == 5);
  CHECK(checks[0].year == 2024);
  CHECK(checks[0].stated_count == 5);
  CHECK(checks[0].stated_amount == std::optional<double>(12));
  CHECK(checks[0].records == std::vector<std::size_t>{0, 1, 2});
  CHECK(checks[0].record_sum == Approx(10));
  CHECK(checks[0].without_amount == 1);
  CHECK(checks[0].by_stage == std::array<std::size_t, 5>{0, 1, 1, 1, 0});
  // 2023 at construction: d only (e is planned); the fact's value is a count, no amount.
  CHECK(checks[1].records == std::vector<std::size_t>{3});
  CHECK_FALSE(checks[1].stated_amount);
  CHECK(checks[1].by_stage == std::array<std::size_t, 5>{0, 0, 0, 1, 0});
}

}  // namespace
}  // namespace chainmap
