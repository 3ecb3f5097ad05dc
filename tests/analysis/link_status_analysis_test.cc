#include "src/analysis/link_status_analysis.h"

#include <catch2/catch.hpp>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

// One chain of six unconnected links, each showing one rule:
//   lead   a local 链主                                   → strong
//   scale  two local 规上 enterprises (strong_min_scale 2) → strong
//   one    one local 规上 enterprise                       → weak
//   sign   no local enterprise, a signed project            → filling
//   talk   no local enterprise, a project in talks          → missing
//   none   only an external candidate                       → missing
testing::ZoneBuilder Rules() {
  testing::ZoneBuilder b;
  b.AddChain("c", {"lead", "scale", "one", "sign", "talk", "none"}, {});
  b.AddEnterprise("leader", true, {"c/lead"}, Role::kLeader);
  b.AddEnterprise("big1", true, {"c/scale", "c/one"}, Role::kSupplier, {"规上"});
  b.AddEnterprise("big2", true, {"c/scale"}, Role::kNone, {"规上", "上市"});
  b.AddEnterprise("outside", false, {"c/none", "c/talk"}, Role::kLeader, {"规上"});
  b.AddProject("p-sign", "outside", {"c/sign"}, ProjectStage::kSigned);
  b.AddProject("p-talk", "", {"c/talk"}, ProjectStage::kNegotiating);
  return b;
}

std::vector<LinkStatus> Statuses(const LinkStatusAnalysis& a) {
  std::vector<LinkStatus> out;
  for (const LinkState& s : a.states()[0]) out.push_back(s.status);
  return out;
}

using S = LinkStatus;

TEST_CASE("link status follows the settings") {
  auto b = Rules();
  LinkStatusAnalysis a(b.zone);
  CHECK_THROWS_AS(a.states(), std::logic_error);
  a.Run();
  CHECK(Statuses(a) ==
        std::vector<S>{S::kStrong, S::kStrong, S::kWeak, S::kFilling, S::kMissing, S::kMissing});
  CHECK(a.states()[0][1].operators == std::vector<std::size_t>{1, 2});
  CHECK(a.states()[0][1].scale_count == 2);
  CHECK(a.states()[0][3].filling_projects == std::vector<std::size_t>{0});
  CHECK(a.Present(0) == std::vector<bool>{true, true, true, false, false, false});

  SECTION("one 规上 enterprise is enough with strong_min_scale 1") {
    b.zone.settings.strong_min_scale = 1;
    LinkStatusAnalysis one(b.zone);
    one.Run();
    CHECK(Statuses(one)[2] == S::kStrong);
  }
  SECTION("filling_stage negotiating makes the project in talks filling") {
    b.zone.settings.filling_stage = ProjectStage::kNegotiating;
    LinkStatusAnalysis talks(b.zone);
    talks.Run();
    CHECK(Statuses(talks)[4] == S::kFilling);
  }
}

TEST_CASE("the scenario counts projects at the assumed stage or later as built") {
  auto b = Rules();
  // Signed and later built: the candidate 链主 behind p-sign operates at 'sign'.
  LinkStatusAnalysis signed_(b.zone, ProjectStage::kSigned);
  signed_.Run();
  CHECK(Statuses(signed_) ==
        std::vector<S>{S::kStrong, S::kStrong, S::kWeak, S::kStrong, S::kMissing, S::kMissing});
  // In talks and later: the anonymous project p-talk makes 'talk' weak.
  LinkStatusAnalysis talks(b.zone, ProjectStage::kNegotiating);
  talks.Run();
  CHECK(Statuses(talks)[4] == S::kWeak);
  CHECK(talks.states()[0][4].anonymous_projects == std::vector<std::size_t>{1});
  CHECK(talks.states()[0][4].operator_count() == 1);
}

}  // namespace
}  // namespace chainmap
