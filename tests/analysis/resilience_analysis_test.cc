#include "src/analysis/resilience_analysis.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

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

namespace chainmap {
namespace {

// A random zone: three chains with cycles, cross-chain edges, firms in one to three links
// (some in two chains), 链主 and 规上 among them, projects filling some links.
testing::ZoneBuilder RandomZone(std::mt19937& random) {
  testing::ZoneBuilder b;
  std::vector<std::string> all;
  for (const std::string chain : {"p", "q", "r"}) {
    const std::size_t n = 2 + random() % 9;
    std::vector<std::string> links;
    for (std::size_t i = 0; i < n; ++i) links.push_back("l" + std::to_string(i));
    std::vector<std::pair<std::string, std::string>> edges;
    for (std::size_t i = 0; i < 2 * n; ++i) {
      const std::size_t a = random() % n, c = random() % n;
      if (a != c && random() % 4 != 0)
        edges.emplace_back(links[std::min(a, c)], links[std::max(a, c)]);
      else if (a != c)
        edges.emplace_back(links[a], links[c]);  // some backwards: cycles
    }
    b.AddChain(chain, links, edges);
    for (const std::string& l : links) all.push_back(chain + "/" + l);
  }
  for (int i = 0; i < 4; ++i) {
    const LinkKey from = b.Key(all[random() % all.size()]), to = b.Key(all[random() % all.size()]);
    if (from.chain != to.chain) b.zone.cross_edges.push_back({from, to, "", {}, Extra()});
  }
  const std::size_t firms = 4 + random() % 10;
  for (std::size_t i = 0; i < firms; ++i) {
    std::vector<std::string> links;
    for (std::size_t j = 0, k = 1 + random() % 3; j < k; ++j)
      links.push_back(all[random() % all.size()]);
    const Role role = random() % 6 == 0 ? Role::kLeader : Role::kNone;
    std::vector<std::string> tags;
    if (random() % 3 == 0) tags.push_back("规上");
    b.AddEnterprise("f" + std::to_string(i), random() % 5 != 0, links, role, tags);
  }
  b.AddProject("proj", "", {all[random() % all.size()]}, ProjectStage::kConstruction);
  return b;
}

TEST_CASE("A departure's flipped gap types equal typing every chain again, on random zones") {
  std::mt19937 random(7);
  std::size_t departures = 0, flips = 0;
  for (int round = 0; round < 200; ++round) {
    auto b = RandomZone(random);
    LinkStatusAnalysis status(b.zone);
    status.Run();
    GapAnalysis gaps(b.zone, status);
    gaps.Run();
    ResilienceAnalysis r(b.zone, status, &gaps);
    r.Run();
    for (std::size_t e = 0; e < b.zone.enterprises().size(); ++e) {
      const Departure d = r.Remove(e);
      // The statuses after: failed links have no local operator, weakened ones are weak.
      auto after = [&](LinkKey k) {
        if (std::binary_search(d.failed.begin(), d.failed.end(), k))
          return status.state(k).filling_projects.empty() ? LinkStatus::kMissing
                                                          : LinkStatus::kFilling;
        if (std::find(d.weakened.begin(), d.weakened.end(), k) != d.weakened.end())
          return LinkStatus::kWeak;
        return status.state(k).status;
      };
      std::vector<LinkKey> expected;
      for (std::size_t c = 0; c < b.zone.chains().size(); ++c) {
        const std::vector<GapType> types = ChainGapTypes(b.zone, c, after);
        for (std::size_t l = 0; l < types.size(); ++l)
          if (types[l] != gaps.gaps()[c][l]) expected.push_back({c, l});
      }
      INFO("round " << round << ", firm " << e);
      CHECK(d.flipped == expected);
      ++departures;
      flips += d.flipped.size();
    }
  }
  // The zones are varied enough to flip something in many departures.
  CHECK(departures > 1000);
  CHECK(flips > 200);
}

}  // namespace
}  // namespace chainmap
