#include "src/analysis/resilience_analysis.h"

#include <catch2/catch.hpp>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

// Local operators in brackets; c has none. Statuses: a strong (A is 链主), b d e weak,
// c missing (补链 between a and d).
//
//            ┌──> b[B, B2] ──┐
//   a[A] ────┤               ├──> d[D] ──> e[E]
//            └──> c[]     ───┘
//
// A leaves: a fails (strong → missing: 1/5 of completeness); b loses its only local input
// but keeps operating (starved, not lost); d is still fed by b. a turns 延链 and c, with
// nothing local upstream any more, 补链 → 延链. D leaves: d fails (0.5/5), e starves.
// E leaves: e fails (0.5/5). B leaves: B2 still runs b — nothing changes.
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

TEST_CASE("a departure loses only the links no other local firm runs") {
  auto b = Diamond();
  LinkStatusAnalysis status(b.zone);
  status.Run();
  GapAnalysis gaps(b.zone, status);
  gaps.Run();
  ResilienceAnalysis r(b.zone, status, &gaps);
  CHECK_THROWS_AS(r.ranking(), std::logic_error);
  r.Run();

  const Departure a = r.Remove(0);
  CHECK(a.failed == std::vector<LinkKey>{{0, 0}});
  CHECK(a.starved == std::vector<LinkKey>{{0, 1}});
  CHECK(a.completeness_lost == Approx(0.2));
  CHECK(a.flipped == std::vector<LinkKey>{{0, 0}, {0, 2}});
  REQUIRE(a.chains.size() == 1);
  CHECK(a.chains[0].present_before == 4);
  CHECK(a.chains[0].lost == 1);
  CHECK(a.chains[0].retained == Approx(0.75));

  const Departure d = r.Remove(3);
  CHECK(d.damage() == 1);
  CHECK(d.starved == std::vector<LinkKey>{{0, 4}});
  CHECK(d.completeness_lost == Approx(0.1));
  CHECK(r.Remove(1).damage() == 0);
  CHECK(r.Remove(1).completeness_lost == 0);

  std::vector<std::string> ranked;
  for (const Departure& x : r.ranking())
    ranked.push_back(b.zone.enterprises()[x.enterprise].id + ":" + std::to_string(x.damage()));
  CHECK(ranked == std::vector<std::string>{"A:1", "D:1", "E:1"});
  CHECK(r.chains()[0].present == 4);
  CHECK(*r.chains()[0].worst_enterprise == 0);
  CHECK(r.chains()[0].worst_retained == Approx(0.75));
}

TEST_CASE("a 链主 leaving a link another firm runs weakens it and costs completeness") {
  //   a[L 链主, P] ──> b[Q]      L leaves: a strong → weak (P stays): 0.5 of 2 links lost;
  //                              Q leaves: b weak → missing: 0.5 / 2 as well; at equal
  //                              completeness Q ranks first, as it loses a link where L
  //                              only weakens one; neither L nor Q starves anything.
  testing::ZoneBuilder b;
  b.AddChain("y", {"a", "b"}, {{"a", "b"}});
  b.AddEnterprise("L", true, {"y/a"}, Role::kLeader);
  b.AddEnterprise("P", true, {"y/a"});
  b.AddEnterprise("Q", true, {"y/b"});
  LinkStatusAnalysis status(b.zone);
  status.Run();
  ResilienceAnalysis r(b.zone, status);
  r.Run();
  const Departure l = r.Remove(0);
  CHECK(l.failed.empty());
  CHECK(l.weakened == std::vector<LinkKey>{{0, 0}});
  CHECK(l.completeness_lost == Approx(0.25));
  CHECK(r.Remove(1).completeness_lost == 0);
  CHECK(r.Remove(2).completeness_lost == Approx(0.25));
  REQUIRE(r.ranking().size() == 2);
  CHECK(r.ranking()[0].enterprise == 2);
  CHECK(r.ranking()[1].enterprise == 0);
}

TEST_CASE("a departure keeps a link strong while another 链主 or enough 规上 firms stay") {
  //   a[L1 链主, L2 链主]   either 链主 leaves: a stays strong (the other is still there).
  //   b[S1 规上, S2 规上, S3 规上, T]   strong_min_scale is 2: one 规上 firm leaving leaves
  //                                    two, b stays strong; T (not 规上) changes nothing.
  //   c[U1 规上, U2 规上]   one leaves: one 规上 firm left, c drops to weak.
  testing::ZoneBuilder b;
  b.AddChain("z", {"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
  b.AddEnterprise("L1", true, {"z/a"}, Role::kLeader);
  b.AddEnterprise("L2", true, {"z/a"}, Role::kLeader);
  for (const char* id : {"S1", "S2", "S3"})
    b.AddEnterprise(id, true, {"z/b"}, Role::kNone, {"规上"});
  b.AddEnterprise("T", true, {"z/b"});
  b.AddEnterprise("U1", true, {"z/c"}, Role::kNone, {"规上"});
  b.AddEnterprise("U2", true, {"z/c"}, Role::kNone, {"规上"});
  LinkStatusAnalysis status(b.zone);
  status.Run();
  REQUIRE(status.state({0, 2}).status == LinkStatus::kStrong);
  ResilienceAnalysis r(b.zone, status);
  r.Run();
  for (std::size_t e = 0; e <= 5; ++e) {
    CAPTURE(e);
    CHECK(r.Remove(e).weakened.empty());
    CHECK(r.Remove(e).failed.empty());
  }
  CHECK(r.Remove(6).weakened == std::vector<LinkKey>{{0, 2}});
  CHECK(r.Remove(7).weakened == std::vector<LinkKey>{{0, 2}});
  REQUIRE(r.ranking().size() == 2);
  CHECK(r.ranking()[0].enterprise == 6);
  CHECK(r.ranking()[1].enterprise == 7);
}

}  // namespace
}  // namespace chainmap
