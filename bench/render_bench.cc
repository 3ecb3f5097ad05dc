// Renders the whole zone (every chain map and the overview, SVG) in one process and
// writes the DOT files, so that bench/render_bench.sh can time `dot -Tsvg` on them.
// usage: render_bench ZONE OUT_DIR ROUNDS
#include <chrono>
#include <fstream>
#include <iostream>

#include "render/chain_map.h"
#include "render/graphviz.h"
#include "render/scene_dot.h"
#include "render/zone_overview.h"
#include "src/io/zone_loader.h"

int main(int argc, char** argv) {
  using namespace chainmap;
  if (argc != 4) {
    std::cerr << "usage: render_bench ZONE OUT_DIR ROUNDS\n";
    return 2;
  }
  const LoadedZone loaded = LoadZoneDirectory(argv[1]);
  const Zone& zone = loaded.zone;
  const int rounds = std::stoi(argv[3]);
  // Statuses do not change the layout's cost; the maps are drawn without an analysis.
  std::vector<std::pair<std::string, std::string>> dots;
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    ChainMapInput input;
    input.zone = &zone;
    input.chain = c;
    dots.emplace_back(zone.chains()[c].id, SceneDot(ChainMapScene(input, {}), {}));
  }
  dots.emplace_back("overview", SceneDot(OverviewScene({&zone, {}, {}, ""}), {}));
  for (const auto& [name, dot] : dots)
    std::ofstream(std::string(argv[2]) + "/" + name + ".dot") << dot;

  double best = 1e9;
  for (int r = 0; r < rounds; ++r) {
    const auto start = std::chrono::steady_clock::now();
    GraphvizContext graphviz;  // start-up included: one per run of the command
    std::size_t bytes = 0;
    for (const auto& [name, dot] : dots)
      bytes += graphviz.Render(dot, OutputFormat::kSvg).bytes.size();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, ms);
    if (bytes == 0) return 1;
  }
  std::cout << best << "\n";
  return 0;
}
