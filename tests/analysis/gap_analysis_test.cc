#include "src/analysis/gap_analysis.h"

#include <catch2/catch.hpp>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

// Statuses in brackets (S strong, W weak, F filling, M missing):
//
//            ┌──> b[W] ──┐
//   a[S] ────┤           ├──> d[F] ──> e[W] ──> f[M]
//            └──> c[M] ──┘
//
// c and d lie between local a and local e: 补链. f is beyond the local end: 延链.
// b and e are weak: 强链.
testing::ZoneBuilder Chain() {
  testing::ZoneBuilder b;
  b.AddChain("x", {"U:a", "M:b", "M:c", "M:d", "D:e", "D:f"},
             {{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"e", "f"}});
  b.AddEnterprise("ea", true, {"x/a"}, Role::kLeader);
  b.AddEnterprise("eb", true, {"x/b", "x/e"});
  b.AddProject("pd", "", {"x/d"}, ProjectStage::kConstruction);
  return b;
}

TEST_CASE("gap types and completeness") {
  auto b = Chain();
  LinkStatusAnalysis status(b.zone);
  status.Run();
  GapAnalysis gaps(b.zone, status);
  CHECK_THROWS_AS(gaps.gaps(), std::logic_error);
  gaps.Run();
  using G = GapType;
  CHECK(gaps.gaps()[0] ==
        std::vector<G>{G::kNone, G::kStrengthen, G::kFill, G::kFill, G::kStrengthen, G::kExtend});
  // (1 strong + ½·2 weak + 0·1 filling) / 6 links = 2/6.
  const ChainCompleteness& c = gaps.chains()[0];
  CHECK(c.total.value == Approx(2.0 / 6));
  CHECK(c.total.strong == 1);
  CHECK(c.total.weak == 2);
  CHECK(c.total.filling == 1);
  CHECK(c.total.missing == 2);
  CHECK(c.stages[0].value == Approx(1.0));      // a
  CHECK(c.stages[1].value == Approx(0.5 / 3));  // b, c, d
  CHECK(c.stages[2].value == Approx(0.5 / 2));  // e, f
  CHECK(gaps.zone_completeness().value == Approx(2.0 / 6));

  SECTION("credits come from the settings") {
    b.zone.settings.weak_credit = 1;
    b.zone.settings.filling_credit = 0.5;
    GapAnalysis credited(b.zone, status);
    credited.Run();
    CHECK(credited.chains()[0].total.value == Approx(3.5 / 6));
  }
}

TEST_CASE("a missing link with presence only upstream extends the chain") {
  //   a[S] ──> m[M] ──> n[M]      both are beyond the local end
  testing::ZoneBuilder b;
  b.AddChain("y", {"a", "m", "n"}, {{"a", "m"}, {"m", "n"}});
  b.AddEnterprise("ea", true, {"y/a"}, Role::kLeader);
  LinkStatusAnalysis status(b.zone);
  status.Run();
  GapAnalysis gaps(b.zone, status);
  gaps.Run();
  CHECK(gaps.gaps()[0] == std::vector<GapType>{GapType::kNone, GapType::kExtend, GapType::kExtend});
  CHECK(ToString(GapType::kFill) == "fill");
  CHECK(ChineseLabel(GapType::kExtend) == "延链");
}

TEST_CASE("a direct cross-chain edge counts as presence upstream (issue #13 item 4)") {
  //   p/s[S] ═══> y/m[M] ──> y/n[S]      ═══ a cross-chain edge
  // Local s feeds m from another chain and local n is downstream of m: 补链 (it was 延链
  // when gap types followed the chain's own edges only).
  testing::ZoneBuilder b;
  b.AddChain("p", {"s"}, {});
  b.AddChain("y", {"m", "n"}, {{"m", "n"}});
  b.AddEnterprise("es", true, {"p/s", "y/n"}, Role::kLeader);
  CrossEdge edge;
  edge.from = b.Key("p/s");
  edge.to = b.Key("y/m");
  b.zone.cross_edges.push_back(edge);
  LinkStatusAnalysis status(b.zone);
  status.Run();
  GapAnalysis gaps(b.zone, status);
  gaps.Run();
  CHECK(gaps.gaps()[1] == std::vector<GapType>{GapType::kFill, GapType::kNone});
}

// 补链 through a direct cross-chain edge (chain x above, chain y below):
//
//   x:  s[S] ──> m[M]                 m has local s upstream in its own chain, and its
//                 ·                   direct cross-chain successor y/k is local: 补链.
//   y:            └···> k[W] ──> z[M]  z has local k upstream only: 延链.
//   x:  s ──> n[M]                    n has local s upstream, nothing downstream: 延链.
TEST_CASE("a missing link with local presence across a direct cross-chain edge is 补链") {
  testing::ZoneBuilder b;
  b.AddChain("x", {"s", "m", "n"}, {{"s", "m"}, {"s", "n"}});
  b.AddChain("y", {"k", "z"}, {{"k", "z"}});
  b.zone.cross_edges.push_back({b.Key("x/m"), b.Key("y/k"), "", {}, Extra()});
  b.AddEnterprise("es", true, {"x/s"}, Role::kLeader);
  b.AddEnterprise("ek", true, {"y/k"});
  LinkStatusAnalysis status(b.zone);
  status.Run();
  GapAnalysis gaps(b.zone, status);
  gaps.Run();
  using G = GapType;
  CHECK(gaps.gaps()[0] == std::vector<G>{G::kNone, G::kFill, G::kExtend});
  CHECK(gaps.gaps()[1] == std::vector<G>{G::kStrengthen, G::kExtend});
}

// A cycle: a[M] ──> b[W] ──> a. b lies both upstream and downstream of a: 补链.
TEST_CASE("a link on a cycle with a present member is 补链, found in linear time") {
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b"}, {{"a", "b"}, {"b", "a"}});
  b.AddEnterprise("eb", true, {"x/b"});
  LinkStatusAnalysis status(b.zone);
  status.Run();
  GapAnalysis gaps(b.zone, status);
  gaps.Run();
  CHECK(gaps.gaps()[0] == std::vector<GapType>{GapType::kFill, GapType::kStrengthen});
}

// x: a[S] ──> b[M] ──> c[W]; b is not pursued locally. 全链完整度 (1 + ½) / 3 = 0.5;
// 可本地化完整度 over a and c only: (1 + ½) / 2 = 0.75.
TEST_CASE("links not pursued locally are counted apart in completeness") {
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
  b.AddEnterprise("ea", true, {"x/a"}, Role::kLeader);
  b.AddEnterprise("ec", true, {"x/c"});
  chainmap::Chain chain = b.zone.chains()[0];
  std::vector<Link> links = chain.links();
  links[1].scope.pursued = false;
  links[1].scope.reason = "资源开采";
  testing::ZoneBuilder c;
  chain.SetTopology(links, chain.edges());
  c.zone.AddChain(chain);
  c.AddEnterprise("ea", true, {"x/a"}, Role::kLeader);
  c.AddEnterprise("ec", true, {"x/c"});
  LinkStatusAnalysis status(c.zone);
  status.Run();
  GapAnalysis gaps(c.zone, status);
  gaps.Run();
  CHECK(gaps.chains()[0].total.value == Approx(0.5));
  CHECK(gaps.chains()[0].localizable.links == 2);
  CHECK(gaps.chains()[0].localizable.value == Approx(0.75));
  CHECK(gaps.zone_localizable().value == Approx(0.75));
  CHECK(gaps.zone_completeness().value == Approx(0.5));
}

}  // namespace
}  // namespace chainmap
