#include "src/model/chain_graph.h"

#include <catch2/catch.hpp>

using chainmap::ChainGraph;
using V = std::vector<std::size_t>;

TEST_CASE("sources, sinks, neighbours", "[model][graph]") {
  //  0 ──▶ 1 ──▶ 3
  //   └──▶ 2 ──▶┘      4 (isolated)
  const ChainGraph g(5, {{0, 1}, {0, 2}, {1, 3}, {2, 3}});
  CHECK(g.vertex_count() == 5);
  CHECK(g.Sources() == V{0, 4});
  CHECK(g.Sinks() == V{3, 4});
  CHECK(g.Successors(0) == V{1, 2});
  CHECK(g.Predecessors(3) == V{1, 2});
  CHECK(g.CyclicComponents().empty());
}

TEST_CASE("cycles are found as strongly connected components", "[model][graph]") {
  //  0 ──▶ 1 ──▶ 2 ──▶ 3      5 ◀──▶ 4
  //        ▲─────┘
  const ChainGraph g(6, {{0, 1}, {1, 2}, {2, 1}, {2, 3}, {4, 5}, {5, 4}});
  CHECK(g.CyclicComponents() == std::vector<V>{{1, 2}, {4, 5}});
}

TEST_CASE("degrees, deep copies, and no links in a moved-from or default graph", "[model][graph]") {
  ChainGraph g(4, {{0, 1}, {0, 2}, {1, 2}});
  CHECK(g.InDegree(2) == 2);
  CHECK(g.OutDegree(0) == 2);
  CHECK(g.InDegree(3) + g.OutDegree(3) == 0);

  ChainGraph copy = g;
  g = ChainGraph(2, {{1, 0}});  // the copy keeps the old topology
  CHECK(copy.vertex_count() == 4);
  CHECK(copy.Successors(0) == V{1, 2});
  CHECK(g.Successors(1) == V{0});

  const ChainGraph moved = std::move(copy);
  CHECK(moved.Predecessors(2) == V{0, 1});
  CHECK(copy.vertex_count() == 0);  // NOLINT(bugprone-use-after-move): the state is specified
  CHECK(copy.Sources().empty());

  const ChainGraph none;
  CHECK(none.vertex_count() == 0);
  CHECK(none.CyclicComponents().empty());
}
