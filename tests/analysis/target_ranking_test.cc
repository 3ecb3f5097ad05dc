#include "src/analysis/target_ranking.h"

#include <catch2/catch.hpp>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

// Statuses in brackets; candidates under their links:
//
//            ┌──> b[W] ──┐
//   a[S] ────┤           ├──> d[F: project pz, signed] ──> e[W]
//            └──> c[M] ──┘
//                 X (链主, 上市, 100亿), Y, W        Z (on d, with pz)
//
// Gap priorities: c is 补链 (30), no gain (d is absent), dominates nothing → 30.
// d is 补链 (30), gain 1 of max 1 (15), dominates e: 15·1/4 (a dominates 4) = 3.75,
// halved while filling → 24.38 (rounded). b is 强链 → 10.
// Fit: c has local a upstream only (5); d has b upstream and e downstream (10).
testing::ZoneBuilder Zone() {
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b", "c", "d", "e"},
             {{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}});
  b.AddEnterprise("ea", true, {"x/a"}, Role::kLeader);
  b.AddEnterprise("eb", true, {"x/b", "x/e"});
  b.AddEnterprise("x", false, {"x/c"}, Role::kLeader, {"上市"});
  b.zone.enterprise(2).revenue = Revenue{100, "亿元", 2023, {}, Extra::object()};
  b.AddEnterprise("y", false, {"x/c"});
  b.AddEnterprise("w", false, {"x/c"});
  b.AddEnterprise("z", false, {"x/d"});
  b.AddProject("pz", "z", {"x/d"}, ProjectStage::kSigned);
  return b;
}

struct Run {
  explicit Run(const chainmap::Zone& zone, TargetOptions options = {})
      : status(zone),
        gaps(zone, status),
        criticality(zone, status),
        ranking(zone, status, gaps, criticality, options) {
    status.Run();
    gaps.Run();
    criticality.Run();
    ranking.Run();
  }
  LinkStatusAnalysis status;
  GapAnalysis gaps;
  CriticalityAnalysis criticality;
  TargetRanking ranking;
};

TEST_CASE("targets are scored by gap, strength, fit and pipeline, ties by id") {
  auto b = Zone();
  Run run(b.zone);
  const auto& p = run.ranking.priorities()[0];
  CHECK(p[2].total == Approx(30));
  CHECK(p[3].gain == Approx(15));
  CHECK(p[3].dominance == Approx(3.75));
  CHECK(p[3].halved);
  CHECK(p[3].total == Approx(24.38));
  CHECK(p[1].total == Approx(10));
  CHECK(p[0].total == Approx(0));

  const auto& t = run.ranking.targets();
  REQUIRE(t.size() == 4);
  std::vector<std::string> order;
  for (const Target& x : t) order.push_back(b.zone.enterprises()[x.candidate].id);
  CHECK(order == std::vector<std::string>{"x", "z", "w", "y"});
  // x: 30 + (8 链主 + 4 上市 + 2 revenue) + 5 + 0.
  CHECK(t[0].score.gap == Approx(30));
  CHECK(t[0].score.strength == Approx(14));
  CHECK(t[0].score.fit == Approx(5));
  CHECK(t[0].score.pipeline == Approx(0));
  CHECK(t[0].score.total == Approx(49));
  CHECK(t[0].reason == "补链 c（缺）；本地上游 a；x（链主、上市、营收 100 亿元）");
  // z: 24.38 + 0 + 10 + 8 (signed).
  CHECK(t[1].score.total == Approx(42.38));
  CHECK(t[1].project == std::optional<std::size_t>{0});
  CHECK(t[1].reason ==
        "补链 d（在补）；本地上游 b、下游 e；可贯通 1 对源头—终端；为 1 个环节的必经环节；z；"
        "项目 pz（签约）");
  // w and y tie at 35: w first by id.
  CHECK(t[2].score.total == Approx(35));
  CHECK(t[3].score.total == Approx(35));
  CHECK(run.ranking.by_link()[0][2] == std::vector<std::size_t>{0, 2, 3});
}

TEST_CASE("top keeps the best candidates of each gap") {
  auto b = Zone();
  Run run(b.zone, TargetOptions{1});
  REQUIRE(run.ranking.targets().size() == 2);
  CHECK(run.ranking.targets()[0].candidate == 2);
  CHECK(run.ranking.targets()[1].candidate == 5);
  TargetRanking unrun(b.zone, run.status, run.gaps, run.criticality);
  CHECK_THROWS_AS(unrun.targets(), std::logic_error);
}

}  // namespace
}  // namespace chainmap
