// Graphviz's layout options measured on chainmap's own maps (issue 18, item 1). For each
// option set, every map of the zone is laid out ROUNDS times: each chain drawn whole, or,
// for a chain too large for one page, its index map and the detail map of every part.
// Prints per option set the median total layout time (ms), the edge crossings summed over
// the maps (each edge's Bézier path sampled as a polyline; two edges that share an end are
// not counted) and the summed drawing area (m² at 72 points per inch).
// usage: dot_options_bench ZONE ROUNDS
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "render/chain_map.h"
#include "render/graphviz.h"
#include "render/graphviz_positions.h"
#include "render/map_split.h"
#include "render/scene_dot.h"
#include "src/io/zone_loader.h"

namespace {

using chainmap::ScenePoint;

/// An edge's path as a polyline: every cubic Bézier piece sampled at eight steps.
std::vector<ScenePoint> Polyline(const std::vector<ScenePoint>& bezier) {
  std::vector<ScenePoint> out;
  if (bezier.empty()) return out;
  out.push_back(bezier[0]);
  for (std::size_t i = 0; i + 3 < bezier.size(); i += 3)
    for (int s = 1; s <= 8; ++s) {
      const double t = s / 8.0, u = 1 - t;
      const ScenePoint &p0 = bezier[i], &p1 = bezier[i + 1], &p2 = bezier[i + 2],
                       &p3 = bezier[i + 3];
      out.push_back(
          {u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
           u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y});
    }
  return out;
}

double Cross(ScenePoint o, ScenePoint a, ScenePoint b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/// Whether segments ab and cd cross properly (touching ends do not count).
bool SegmentsCross(ScenePoint a, ScenePoint b, ScenePoint c, ScenePoint d) {
  const double d1 = Cross(c, d, a), d2 = Cross(c, d, b), d3 = Cross(a, b, c), d4 = Cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/// Crossings between edges that share no end: for each such pair, the number of places
/// where their polylines cross.
std::size_t Crossings(const chainmap::PositionedScene& map) {
  std::vector<std::vector<ScenePoint>> lines;
  for (const auto& e : map.edges) lines.push_back(Polyline(e.points));
  std::size_t count = 0;
  const auto& edges = map.scene.edges;
  for (std::size_t i = 0; i < lines.size(); ++i)
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      if (edges[i].from == edges[j].from || edges[i].from == edges[j].to ||
          edges[i].to == edges[j].from || edges[i].to == edges[j].to)
        continue;
      for (std::size_t a = 0; a + 1 < lines[i].size(); ++a)
        for (std::size_t b = 0; b + 1 < lines[j].size(); ++b)
          count += SegmentsCross(lines[i][a], lines[i][a + 1], lines[j][b], lines[j][b + 1]);
    }
  return count;
}

/// The DOT text with root-graph attributes appended last, so that they win over the ones
/// the map sets.
std::string WithOptions(std::string dot, const std::string& options) {
  if (options.empty()) return dot;
  const std::size_t close = dot.rfind('}');
  dot.insert(close, "graph [" + options + "];\n");
  return dot;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace chainmap;
  if (argc != 3) {
    std::cerr << "usage: dot_options_bench ZONE ROUNDS\n";
    return 2;
  }
  const LoadedZone loaded = LoadZoneDirectory(argv[1]);
  const Zone& zone = loaded.zone;
  const int rounds = std::max(1, std::stoi(argv[2]));

  // The maps as `render` draws them, without an analysis (statuses do not move anything).
  std::vector<MapScene> scenes;
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    ChainMapInput input;
    input.zone = &zone;
    input.chain = c;
    const ChainMapPlan plan = PlanChainMaps(zone.chains()[c]);
    if (!plan.split()) {
      scenes.push_back(ChainMapScene(input, {}));
      continue;
    }
    scenes.push_back(ChainIndexScene(input, plan, {}));
    for (const ChainPart& part : plan.parts) {
      ChainMapOptions options;
      options.part = part;
      scenes.push_back(ChainMapScene(input, options));
    }
  }
  std::vector<std::string> dots;
  for (const MapScene& scene : scenes) dots.push_back(SceneDot(scene, {}));
  std::cout << zone.id << ": " << scenes.size() << " maps, " << rounds << " rounds\n";
  std::printf("%-34s %10s %10s %10s\n", "options", "median ms", "crossings", "area m2");

  const std::vector<std::string> option_sets = {
      "",  // chainmap's own settings
      "newrank=true",
      "nslimit=1, nslimit1=1",
      "nslimit=0.2, nslimit1=0.2",
      "mclimit=0.5",
      "mclimit=2",
      "searchsize=5",
      "searchsize=100",
      "remincross=false",
      "remincross=true",
  };
  GraphvizContext graphviz;
  for (const std::string& options : option_sets) {
    std::vector<double> times;
    std::size_t crossings = 0;
    double area = 0;
    for (int r = 0; r < rounds; ++r) {
      double ms = 0;
      for (std::size_t m = 0; m < scenes.size(); ++m) {
        const auto start = std::chrono::steady_clock::now();
        const auto laid_out = graphviz.LayOut(WithOptions(dots[m], options));
        ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                  .count();
        if (r == 0) {
          const PositionedScene positioned = PositionsOf(*laid_out, scenes[m]);
          crossings += Crossings(positioned);
          area += positioned.width * positioned.height * (0.0254 / 72) * (0.0254 / 72);
        }
      }
      times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("%-34s %10.0f %10zu %10.2f\n",
                options.empty() ? "(chainmap's settings)" : options.c_str(),
                times[times.size() / 2], crossings, area);
  }
  return 0;
}
