#include "src/analysis/chain_metrics.h"

#include <catch2/catch.hpp>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

using testing::MakeGraph;

// The diamond with a tail:
//
//        ┌──> b(1) ──┐
//   a(0) ┤           ├──> d(3) ──> e(4)
//        └──> c(2) ──┘
ChainGraph Diamond() { return MakeGraph(5, {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}}); }

// A cycle feeding an end product, and a second source:
//
//   p(0) <──> q(1) ──> r(2) <── s(3)
ChainGraph CycleAndSource() { return MakeGraph(4, {{0, 1}, {1, 0}, {1, 2}, {3, 2}}); }

TEST_CASE("entry and end links are the closed strongly connected components") {
  CHECK(EntryLinks(Diamond()) == std::vector<bool>{true, false, false, false, false});
  CHECK(EndLinks(Diamond()) == std::vector<bool>{false, false, false, false, true});
  // {p, q} is entered by no edge: both are entries; r is the only end.
  CHECK(EntryLinks(CycleAndSource()) == std::vector<bool>{true, true, false, true});
  CHECK(EndLinks(CycleAndSource()) == std::vector<bool>{false, false, true, false});
}

TEST_CASE("betweenness: shortest paths through each link over (n-1)(n-2)") {
  // a→d splits over b and c (½ each), a→e likewise and passes d; b→e and c→e pass d.
  // b: ½ + ½ = 1, c: 1, d: 3; divided by 4·3 = 12.
  const auto b = Betweenness(Diamond());
  REQUIRE(b.size() == 5);
  CHECK(b[0] == Approx(0.0));
  CHECK(b[1] == Approx(1.0 / 12));
  CHECK(b[2] == Approx(1.0 / 12));
  CHECK(b[3] == Approx(3.0 / 12));
  CHECK(b[4] == Approx(0.0));
  // Only p→r passes through q: 1 / (3·2).
  const auto c = Betweenness(CycleAndSource());
  CHECK(c[1] == Approx(1.0 / 6));
  CHECK(c[0] == Approx(0.0));
  CHECK(c[2] == Approx(0.0));
  CHECK(Betweenness(MakeGraph(2, {{0, 1}})) == std::vector<double>{0, 0});
}

TEST_CASE("dominators from a virtual source feeding every entry link") {
  // Every path to b, c, d starts at a; every path to e passes d.
  const auto idom = ImmediateDominators(Diamond());
  CHECK(idom == std::vector<std::ptrdiff_t>{-1, 0, 0, 0, 3});
  CHECK(DominatedCounts(idom) == std::vector<std::size_t>{4, 0, 0, 1, 0});
  // p, q and s are all fed by the source; r is reached from q and from s.
  const auto cyc = ImmediateDominators(CycleAndSource());
  CHECK(cyc == std::vector<std::ptrdiff_t>{-1, -1, -1, -1});
  CHECK(DominatedCounts(cyc) == std::vector<std::size_t>{0, 0, 0, 0});
}

TEST_CASE("articulation points of the undirected view") {
  // Undirected, a-b-d-c-a is a ring; only d holds e to the rest.
  CHECK(ArticulationPoints(Diamond()) == std::vector<bool>{false, false, false, true, false});
  // p - q - r - s is a path: q and r cut it.
  CHECK(ArticulationPoints(CycleAndSource()) == std::vector<bool>{false, true, true, false});
}

TEST_CASE("connectivity gain: new (entry, end) pairs through present links") {
  // Present: a, b, e (marked *); c and d absent.
  //
  //         ┌──> b* ──┐
  //    a* ──┤         ├──> d ──> e*
  //         └──> c  ──┘
  // Filling d connects a to e through b: 1 pair. Filling c alone connects nothing.
  const std::vector<bool> present{true, true, false, false, true};
  CHECK(ConnectivityGains(Diamond(), present) == std::vector<std::size_t>{0, 0, 0, 1, 0});
  // With nothing present, filling a link only connects pairs it is both ends of: none
  // here, except where the link itself is an entry and an end.
  CHECK(ConnectivityGains(Diamond(), std::vector<bool>(5, false)) ==
        std::vector<std::size_t>(5, 0));
  // Two entries p, s and the end r absent:  p* q* ──> r <── s*
  // Filling r connects p→r, q→r and s→r: 3 pairs.
  CHECK(ConnectivityGains(CycleAndSource(), {true, true, false, true}) ==
        std::vector<std::size_t>{0, 0, 3, 0});
}

}  // namespace
}  // namespace chainmap
