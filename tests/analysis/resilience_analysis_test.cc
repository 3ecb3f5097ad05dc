#include "src/analysis/resilience_analysis.h"

#include <catch2/catch.hpp>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

// Local operators in brackets; c has none.
//
//            ┌──> b[B, B2] ──┐
//   a[A] ────┤               ├──> d[D] ──> e[E]
//            └──> c[]     ───┘
//
// A leaves: a fails; b starves (its only input a is gone), then d (b gone, c absent),
// then e. D leaves: d fails, e starves. E leaves: e fails. B leaves: B2 still runs b.
testing::ZoneBuilder Diamond() {
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b", "c", "d", "e"},
             {{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}});
  b.AddEnterprise("A", true, {"x/a"}, Role::kLeader);
  b.AddEnterprise("B", true, {"x/b"});
  b.AddEnterprise("B2", true, {"x/b"});
  b.AddEnterprise("D", true, {"x/d"});
  b.AddEnterprise("E", true, {"x/e"});
  return b;
}

TEST_CASE("a departure cascades downstream and enterprises rank by damage") {
  auto b = Diamond();
  LinkStatusAnalysis status(b.zone);
  status.Run();
  ResilienceAnalysis r(b.zone, status);
  CHECK_THROWS_AS(r.ranking(), std::logic_error);
  r.Run();

  const Departure a = r.Remove(0);
  CHECK(a.failed == std::vector<LinkKey>{{0, 0}});
  CHECK(a.starved == std::vector<LinkKey>{{0, 1}, {0, 3}, {0, 4}});
  REQUIRE(a.chains.size() == 1);
  CHECK(a.chains[0].present_before == 4);
  CHECK(a.chains[0].lost == 4);
  CHECK(a.chains[0].retained == Approx(0.0));

  const Departure d = r.Remove(3);
  CHECK(d.damage() == 2);
  CHECK(d.chains[0].retained == Approx(0.5));
  CHECK(r.Remove(1).damage() == 0);

  std::vector<std::string> ranked;
  for (const Departure& x : r.ranking())
    ranked.push_back(b.zone.enterprises()[x.enterprise].id + ":" + std::to_string(x.damage()));
  CHECK(ranked == std::vector<std::string>{"A:4", "D:2", "E:1"});
  CHECK(r.chains()[0].present == 4);
  CHECK(*r.chains()[0].worst_enterprise == 0);
  CHECK(r.chains()[0].worst_retained == Approx(0.0));
}

TEST_CASE("a link keeps its place while another local input feeds it") {
  //   a[A] ──> c[C] <── b[B]      A leaves: a fails, c still has b.
  testing::ZoneBuilder b;
  b.AddChain("y", {"a", "b", "c"}, {{"a", "c"}, {"b", "c"}});
  b.AddEnterprise("A", true, {"y/a"});
  b.AddEnterprise("B", true, {"y/b"});
  b.AddEnterprise("C", true, {"y/c"});
  LinkStatusAnalysis status(b.zone);
  status.Run();
  ResilienceAnalysis r(b.zone, status);
  r.Run();
  CHECK(r.Remove(0).damage() == 1);
  CHECK(r.Remove(0).starved.empty());
  CHECK(r.Remove(0).chains[0].retained == Approx(2.0 / 3));
  // Equal damage: ranked by id.
  REQUIRE(r.ranking().size() == 3);
  CHECK(r.ranking()[0].enterprise == 0);
  CHECK(r.ranking()[2].enterprise == 2);
}

}  // namespace
}  // namespace chainmap
