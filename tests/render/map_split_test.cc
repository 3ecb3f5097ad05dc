#include "render/map_split.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include "tests/cli/run_chainmap.h"
#include "tests/io/zone_fixture.h"
#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

/// A chain of `n` links in a path: the first third upstream, then midstream, downstream.
//   l0 → l1 → … → l(n-1)
Chain PathChain(std::size_t n) {
  std::vector<Link> links;
  std::vector<Edge> edges;
  for (std::size_t i = 0; i < n; ++i) {
    Link link;
    link.id = "l" + std::to_string(i);
    link.name.zh = "环节" + std::to_string(i);
    link.stage = i < n / 3       ? Stage::kUpstream
                 : i < 2 * n / 3 ? Stage::kMidstream
                                 : Stage::kDownstream;
    links.push_back(link);
    if (i) {
      Edge edge;
      edge.from = i - 1;
      edge.to = i;
      edges.push_back(edge);
    }
  }
  Chain chain;
  chain.id = "long";
  chain.SetTopology(links, edges);
  return chain;
}

TEST_CASE("A chain that fits one page is not split") {
  CHECK_FALSE(PlanChainMaps(PathChain(60)).split());
}

TEST_CASE("A large chain is cut into parts per stage, in order of depth, of equal size") {
  // 90 links: 30 per stage; parts of at most 20 → two parts of 15 per stage.
  const ChainMapPlan plan = PlanChainMaps(PathChain(90), {60, 20, 20, 60});
  REQUIRE(plan.parts.size() == 6);
  for (const ChainPart& part : plan.parts) CHECK(part.links.size() == 15);
  CHECK(*plan.parts[0].links.begin() == 0);
  CHECK(*plan.parts[1].links.begin() == 15);  // feeds stay together: a run of the path
  CHECK(*plan.parts[1].links.rbegin() == 29);
  CHECK(plan.parts[0].title == "上游第 1 部分");
  CHECK(plan.parts[5].title == "下游第 2 部分");
}

TEST_CASE("Beyond the index map's parts, the plan refuses and says how to draw it") {
  const Chain chain = PathChain(300);
  const MapLimits limits{60, 10, 20, 20};  // 30 parts needed
  CHECK_THROWS_WITH(PlanChainMaps(chain, limits),
                    "chain 'long' has 300 links, more than its maps can show (an index of at "
                    "most 20 parts of 10 links: 200 links); draw it a part at a time (chainmap "
                    "render --chain long --part N, N from 1 to 30), or split it into several "
                    "chains in zone.json");
  CHECK(PlanChainMaps(chain, limits, true).parts.size() == 30);
}

TEST_CASE("The index map has a card per part with its counts and arrows between parts") {
  LoadedZone loaded = testing::LoadFiles(testing::TinyZoneFiles());
  const Chain& steel = loaded.zone.chains()[0];  // 4 links: ore → steelmaking → 线材 → springs
  const ChainMapPlan plan = PlanChainMaps(steel, {2, 1, 20, 60});
  REQUIRE(plan.parts.size() == 4);
  ChainMapInput input;
  input.zone = &loaded.zone;
  input.status = {LinkStatus::kMissing, LinkStatus::kStrong, LinkStatus::kWeak,
                  LinkStatus::kFilling};
  const MapScene scene = ChainIndexScene(input, plan, {"steel-1.svg"});
  REQUIRE(scene.nodes.size() == 4);
  CHECK(scene.kind == MapKind::kIndex);
  CHECK(scene.nodes[0].link == "steel-1.svg");
  CHECK(scene.nodes[1].link.empty());
  CHECK(scene.nodes[0].counts == StatusCounts{0, 0, 0, 1, 0});
  CHECK(scene.nodes[1].counts == StatusCounts{1, 0, 0, 0, 0});
  CHECK(scene.edges.size() == 3);
  for (const SceneEdge& e : scene.edges) CHECK(e.count == 1);
}

TEST_CASE("render draws a large chain as an index map and a detail map per part") {
  const auto dir = testing::MakeTempDir("render-split");
  int code = 0;
  testing::Shell("/usr/bin/python3 " CHAINMAP_SOURCE_DIR
                 "/bench/large_chain.py " CHAINMAP_SOURCE_DIR "/chains '" +
                     (dir / "zone").string() + "' 100",
                 code);
  REQUIRE(code == 0);
  const auto r = testing::RunChainmap(
      {"render", (dir / "zone").string(), "--chain", "steel", "-o", (dir / "m.svg").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // 121 links: 上游 35, 中游 52, 下游 34 → 1 + 2 + 1 parts of at most 40.
  const auto files = testing::Snapshot(dir);
  CHECK(files.count("m.svg") == 1);
  for (int k = 1; k <= 4; ++k) CHECK(files.count("m-" + std::to_string(k) + ".svg") == 1);
  CHECK(files.count("m-5.svg") == 0);
  CHECK(files.at("m.svg").find("xlink:href=\"m-2.svg\"") != std::string::npos);
  const auto part =
      testing::RunChainmap({"render", (dir / "zone").string(), "--chain", "steel", "--part", "9"});
  CHECK(part.exit_code == 2);
  CHECK(part.err == "chainmap render: --part must be from 1 to 4 for chain 'steel'\n");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace chainmap
