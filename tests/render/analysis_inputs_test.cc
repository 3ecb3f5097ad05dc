// The maps take their colours, targets and completeness from the analysis, nothing else.
#include "render/analysis_inputs.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"

using namespace chainmap;

namespace {

const Zone& Mini() {
  static const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/docs/examples/mini");
  return loaded.zone;
}

}  // namespace

TEST_CASE("chain map input: statuses, ranked targets and projects from the analysis", "[render]") {
  //  steel: scrap ─▶ steelmaking ─▶ wire-rod ─▶ springs ─▶ scrap;  steelmaking ─▶ gear-steel
  //  the mill (链主, 规上) operates steelmaking and wire-rod; springco (配套) springs.
  ZoneAnalysis analysis(Mini());
  analysis.Run();
  const ChainMapInput steel = ChainMapInputFrom(analysis, 0);
  CHECK(steel.zone == &Mini());
  REQUIRE(steel.status.size() == 5);
  CHECK(steel.status[0] == LinkStatus::kMissing);  // scrap
  CHECK(steel.status[1] == LinkStatus::kStrong);   // steelmaking: the 链主
  CHECK(steel.status[2] == LinkStatus::kStrong);   // wire-rod: the 链主
  CHECK(steel.status[3] == LinkStatus::kMissing);  // gear-steel
  CHECK(steel.status[4] == LinkStatus::kWeak);     // springs: one supplier, not 规上
  REQUIRE(steel.targets.size() == 5);
  CHECK(steel.targets[0].empty());
  CHECK(steel.targets[4].empty());
  REQUIRE(steel.targets[3].size() == 1);
  CHECK(steel.targets[3][0].name == "某齿轮钢企业");
  CHECK(steel.targets[3][0].score == Approx(36.0).margin(0.005));  // as `targets` ranks it
  CHECK(steel.status_note ==
        "状态判定：本地链主或 ≥2 家本地规上企业→强；其他本地企业→弱；签约及以后阶段的项目→在补；"
        "其余→缺");

  const ChainMapInput equipment = ChainMapInputFrom(analysis, 1);
  REQUIRE(equipment.targets[1].size() == 1);
  CHECK(equipment.targets[1][0].score == Approx(32.85).margin(0.005));
  // Projects not yet operating, under the links they list: the robot plant (洽谈).
  REQUIRE(equipment.projects.size() == equipment.status.size());
  REQUIRE(equipment.projects[1].size() == 1);
  CHECK(equipment.projects[1][0].name == "工业机器人项目");
  CHECK(equipment.projects[1][0].stage == ProjectStage::kNegotiating);
  CHECK(equipment.projects[0].empty());
  for (const auto& link : steel.projects) CHECK(link.empty());
}

TEST_CASE("overview input: completeness per chain, the scenario is named", "[render]") {
  ZoneAnalysisOptions options;
  options.assume_stage = ProjectStage::kNegotiating;
  ZoneAnalysis analysis(Mini(), options);
  analysis.Run();
  const ZoneOverviewInput input = ZoneOverviewInputFrom(analysis);
  REQUIRE(input.completeness.size() == 2);
  // steel: 2 strong + 0.5 × 1 weak of 5 links.
  CHECK(*input.completeness[0] == Approx(0.5));
  // equipment: the robot project (洽谈) counts as built in this scenario: robot is weak.
  CHECK(input.status[1][1] == LinkStatus::kWeak);
  CHECK(input.status_note.find("；远景：视洽谈/意向及以后阶段的项目为已建成") != std::string::npos);
}
