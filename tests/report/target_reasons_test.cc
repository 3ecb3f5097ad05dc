#include "src/report/target_reasons.h"

#include <catch2/catch.hpp>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

// The zone of target_ranking_test.cc (scores worked out there):
//
//   x:  a[S] ──> b[M] ──> c[W]        b: p 67.24 > q 51.18 > r 48.83
//       ea 链主   p q r     ec
//
// p leads q on named (12.02 vs 0) and distance (10.39 vs 4.68); scale ties (4) and q's
// relatedness is higher, so those are not named.
testing::ZoneBuilder Zone() {
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
  b.AddEnterprise("ea", true, {"x/a"}, Role::kLeader);
  b.AddEnterprise("ec", true, {"x/c"});
  b.AddEnterprise("p", false, {"x/b"}, Role::kNone, {"上市"});
  b.AddEnterprise("q", false, {"x/b", "x/c"}, Role::kNone, {"上市"});
  b.AddEnterprise("r", false, {"x/b"});
  b.zone.enterprise(0).region = "河南省济源市";
  b.zone.enterprise(1).region = "河南省济源市";
  b.zone.enterprise(2).region = "河南省洛阳市";
  b.zone.enterprise(3).region = "广东省深圳市";
  b.zone.enterprise(4).ties.push_back({"ea", TieKind::kGroup, "", {}, Extra()});
  b.AddProject("pp", "p", {"x/b"}, ProjectStage::kNegotiating);
  b.zone.project(0).investment = 15;
  return b;
}

TEST_CASE("a reason names the project in talks and why the firm beats the next") {
  auto b = Zone();
  ZoneAnalysis a(b.zone);
  a.Run();
  const auto& t = a.targets().targets();
  REQUIRE(t.size() == 4);
  CHECK(TargetReason(a, t[0]) ==
        "补链 b（缺）；可贯通 1 对源头—终端；为 1 个环节的必经环节；链内上下游供给路径经过此环节；"
        "紧邻 2 个本地已有环节；p（上市）；"
        "园区正在洽谈的项目 pp（洽谈/意向，总投资 15 亿元）；距园区约 60 公里（同省）；"
        "所涉 1 个环节与本地在链企业相邻；排在 q 之前：园区文件点名、项目更成熟、距离更近");
  CHECK(TargetReason(a, t[2]) ==
        "补链 b（缺）；可贯通 1 对源头—终端；为 1 个环节的必经环节；链内上下游供给路径经过此环节；"
        "紧邻 2 个本地已有环节；r；与本地 ea 同属一个集团；"
        "所涉 1 个环节与本地在链企业相邻");
  const CandidateView& q = a.targets().candidates()[1];
  CHECK(CandidateGaps(a, q) == "补链 b、强链 c");
}

}  // namespace
}  // namespace chainmap
