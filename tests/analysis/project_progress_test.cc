#include "src/analysis/project_progress.h"

#include <map>

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"
#include "tests/io/zone_fixture.h"

namespace chainmap {
namespace {

// The zone as of 2024-06; one chain, one link. Projects:
//   old   construction, reported 2023-06, target 建成投产 (no month)   → stale
//   late  signed, target 2024 年 3 月开工 (month 2024-03, stage 在建)  → overdue
//   done  construction, target 2024 年 3 月开工 (reached)              → not overdue
//   open  negotiating, target 年底前取得实质性进展 (2024-12, no stage) → neither
Zone Dated() {
  const std::map<std::string, std::string> files{
      {"zone.json",
       R"({"format": "chainmap/1", "id": "z", "name": {"zh": "区"}, "as_of": "2024-06",
           "chains": ["a"]})"},
      {"a.json", R"({"id": "a", "name": {"zh": "甲链"},
           "links": [{"id": "x", "name": {"zh": "甲环节"}, "stage": "upstream"}]})"},
      {"enterprises.json", R"({"enterprises": []})"},
      {"projects.json", R"({"projects": [
         {"id": "old", "name": "旧", "stage": "construction", "as_of": "2023-06", "target": "建成投产"},
         {"id": "late", "name": "迟", "stage": "signed", "target": "2024 年 3 月开工"},
         {"id": "done", "name": "成", "stage": "construction", "target": "2024 年 3 月开工"},
         {"id": "open", "name": "开", "stage": "negotiating", "target": "力争在年底前取得实质性进展"}]})"}};
  return testing::LoadFiles(files).zone;
}

TEST_CASE(
    "Project progress: stale when reported before the zone's as_of, overdue when the "
    "target month passed and its stage is not reached") {
  const Zone zone = Dated();
  ProjectProgress progress(zone);
  CHECK_THROWS_AS(progress.projects(), std::logic_error);
  progress.Run();
  const auto& d = progress.projects();
  REQUIRE(d.size() == 4);
  CHECK(d[0].reported == "2023-06");
  CHECK(d[0].stale);
  CHECK_FALSE(d[0].overdue);
  CHECK(d[0].target_month == std::nullopt);
  CHECK(d[0].target_stage == ProjectStage::kOperating);
  CHECK(d[1].reported == "2024-06");
  CHECK_FALSE(d[1].stale);
  CHECK(d[1].target_month == "2024-03");
  CHECK(d[1].target_stage == ProjectStage::kConstruction);
  CHECK(d[1].overdue);
  CHECK_FALSE(d[2].overdue);
  CHECK(d[3].target_month == "2024-12");
  CHECK(d[3].target_stage == std::nullopt);
  CHECK_FALSE(d[3].stale);
  CHECK_FALSE(d[3].overdue);
}

TEST_CASE("Target stage: the furthest stage named, an intent is not a deal") {
  CHECK(TargetStage("开工建设，年底前建成投产") == ProjectStage::kOperating);
  CHECK(TargetStage("年底前完成厂房主体建设") == ProjectStage::kConstruction);
  CHECK(TargetStage("设备入驻") == ProjectStage::kConstruction);
  CHECK(TargetStage("落地实施") == ProjectStage::kSigned);
  CHECK(TargetStage("争取总投资 15 亿元的埃斯顿工业机器人项目达成合作意向") ==
        ProjectStage::kNegotiating);
  CHECK(TargetStage("力争早日达成合作") == ProjectStage::kSigned);
  CHECK(TargetStage("确保尽快取得新进展") == std::nullopt);
}

}  // namespace
}  // namespace chainmap
