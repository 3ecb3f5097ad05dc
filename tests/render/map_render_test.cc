#include "render/map_render.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "render/analysis_inputs.h"
#include "src/io/zone_loader.h"
#include "tests/cli/run_chainmap.h"
#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

bool Overlap(const SceneBox& a, const SceneBox& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/// The distance from a point to a box (0 inside or on it).
double Distance(const ScenePoint& p, const SceneBox& b) {
  const double dx = std::max({b.x - p.x, 0.0, p.x - (b.x + b.width)});
  const double dy = std::max({b.y - p.y, 0.0, p.y - (b.y + b.height)});
  return std::hypot(dx, dy);
}

LaidOutMap SteelMap(GraphvizContext& graphviz, const Zone& zone) {
  ZoneAnalysis analysis(zone, {});
  analysis.Run();
  return LayOutChainMap(graphviz, ChainMapInputFrom(analysis, *zone.ChainIndex("steel")), {});
}

TEST_CASE("The steel map's positions: boxes apart, on the page, edges from box to box") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  GraphvizContext graphviz;
  const LaidOutMap map = SteelMap(graphviz, loaded.zone);
  const PositionedScene& p = map.positioned();
  const Chain& steel = loaded.zone.chains()[*loaded.zone.ChainIndex("steel")];
  REQUIRE(p.nodes.size() == steel.links().size());
  REQUIRE(p.edges.size() == steel.edges().size());
  for (std::size_t i = 0; i < p.nodes.size(); ++i) {
    const SceneBox& a = p.nodes[i];
    CHECK(a.width > 20);
    CHECK(a.height > 20);
    CHECK((a.x >= 0 && a.y >= 0 && a.x + a.width <= p.width && a.y + a.height <= p.height));
    for (std::size_t j = i + 1; j < p.nodes.size(); ++j) {
      INFO(p.scene.nodes[i].key << " and " << p.scene.nodes[j].key);
      CHECK_FALSE(Overlap(a, p.nodes[j]));
    }
    // Each node lies inside its stage's band.
    const SceneBox& band = p.bands[*p.scene.nodes[i].band];
    CHECK((a.x >= band.x && a.x + a.width <= band.x + band.width));
  }
  for (std::size_t e = 0; e < p.edges.size(); ++e) {
    const auto& points = p.edges[e].points;
    REQUIRE(points.size() >= 4);
    CHECK(points.size() % 3 == 1);  // a start, then three points per Bézier segment
    CHECK(Distance(points.front(), p.nodes[p.scene.edges[e].from]) < 2);
    CHECK(Distance(points.back(), p.nodes[p.scene.edges[e].to]) < 2);
  }
  // The header is above every node.
  for (const SceneBox& node : p.nodes) CHECK(p.header.y + p.header.height <= node.y);
}

TEST_CASE("A node's box is where the SVG draws it") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  GraphvizContext graphviz;
  const LaidOutMap map = SteelMap(graphviz, loaded.zone);
  const std::string svg = map.Write(OutputFormat::kSvg, {}).bytes;
  // The SVG's drawing is translated by (pad, height - pad) with y up; the name's text is
  // left-aligned a few points inside the node's box.
  const SceneBox& box = map.positioned().nodes[0];
  const std::string title = "<title>n0</title>";
  const std::size_t at = svg.find(title);
  REQUIRE(at != std::string::npos);
  const std::string text_open = "<text text-anchor=\"start\" x=\"";
  const std::size_t text = svg.find(text_open, at);
  REQUIRE(text != std::string::npos);
  const double x = std::stod(svg.substr(text + text_open.size()));
  CHECK(x + 21.6 > box.x);
  CHECK(x + 21.6 < box.x + 12);
  CHECK(svg.find("font-family=\"Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,PingFang "
                 "SC,sans-serif\"") != std::string::npos);
}

TEST_CASE("A map's tooltips name links and edges in Chinese, never by id") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  GraphvizContext graphviz;
  const std::string svg = SteelMap(graphviz, loaded.zone).Write(OutputFormat::kSvg, {}).bytes;
  CHECK(svg.find("xlink:title=\"炼钢（强）\"") != std::string::npos);
  CHECK(svg.find("xlink:title=\"铁矿石 → 炼铁\"") != std::string::npos);
  std::size_t tips = 0;
  for (std::size_t at = svg.find("xlink:title=\""); at != std::string::npos;
       at = svg.find("xlink:title=\"", at + 1)) {
    const std::size_t from = at + 13, to = svg.find('"', from);
    const std::string tip = svg.substr(from, to - from);
    INFO(tip);
    CHECK(std::any_of(tip.begin(), tip.end(), [](char c) { return (c & 0x80) != 0; }));
    ++tips;
  }
  CHECK(tips > 20);
}

TEST_CASE("render --format json writes every link's box and every edge's points") {
  const auto r = testing::RunChainmap({"render", "chains", "--chain", "steel", "--format", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto json = nlohmann::json::parse(r.out);
  CHECK(json["kind"] == "chain");
  CHECK(json["units"] == "pt");
  CHECK(json["nodes"].size() == 21);
  CHECK(json["edges"].size() == 30);
  for (const auto& node : json["nodes"]) {
    CHECK(node["box"]["width"].get<double>() > 0);
    CHECK(!node["lines"][0]["text"].get<std::string>().empty());
  }
  for (const auto& edge : json["edges"]) CHECK(edge["points"].size() >= 4);
  CHECK(json["bands"][1]["title"] == "中游");
}

TEST_CASE("The same scene gives the same bytes however often it is laid out") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  GraphvizContext graphviz;
  const std::string first = SteelMap(graphviz, loaded.zone).Write(OutputFormat::kPng, {}).bytes;
  const LaidOutMap again = SteelMap(graphviz, loaded.zone);
  CHECK(again.Write(OutputFormat::kPng, {}).bytes == first);
  // One layout, written twice (and in another format between), gives the same bytes.
  CHECK(again.Write(OutputFormat::kSvg, {}).bytes.size() > 5000);
  CHECK(again.Write(OutputFormat::kPng, {}).bytes == first);
}

}  // namespace
}  // namespace chainmap
