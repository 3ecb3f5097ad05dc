// Betweenness and dominators compared with NetworkX (Debian's python3-networkx, run with
// /usr/bin/python3) on the zone's chains and on seeded random graphs.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include "test_paths.h"

#include <unistd.h>

#include <catch2/catch.hpp>

#include "src/analysis/chain_metrics.h"
#include "src/io/zone_loader.h"

namespace chainmap {
namespace {

struct NamedGraph {
  std::string name;
  ChainGraph graph;
  std::vector<std::pair<std::size_t, std::size_t>> edges;
};

void AddZone(const std::filesystem::path& dir, std::vector<NamedGraph>& out) {
  const LoadedZone loaded = LoadZoneDirectory(dir);
  for (const Chain& chain : loaded.zone.chains()) {
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    for (const Edge& e : chain.edges()) edges.emplace_back(e.from, e.to);
    out.push_back({loaded.zone.id + "/" + chain.id, chain.graph(), edges});
  }
}

/// Random graphs: half acyclic (edges from lower to higher vertex), half with cycles.
void AddRandom(std::vector<NamedGraph>& out) {
  std::mt19937 rng(20240601);
  for (int i = 0; i < 60; ++i) {
    const std::size_t n = 3 + rng() % 50;
    const std::size_t m = rng() % (3 * n);
    const bool acyclic = i % 2 == 0;
    std::set<std::pair<std::size_t, std::size_t>> seen;
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    for (std::size_t k = 0; k < m; ++k) {
      std::size_t u = rng() % n, v = rng() % n;
      if (u == v) continue;
      if (acyclic && u > v) std::swap(u, v);
      if (seen.insert({u, v}).second) edges.emplace_back(u, v);
    }
    out.push_back({"random-" + std::to_string(i), ChainGraph(n, edges), edges});
  }
}

struct Expected {
  std::vector<double> betweenness;
  std::vector<std::ptrdiff_t> idom;
};

std::map<std::string, Expected> RunNetworkx(const std::vector<NamedGraph>& graphs) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("chainmap-nx-" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream f(path);
    for (const NamedGraph& g : graphs) {
      f << "graph " << g.name << " " << g.graph.vertex_count() << "\n";
      for (const auto& [u, v] : g.edges) f << u << " " << v << "\n";
      f << "end\n";
    }
  }
  const std::string command = "/usr/bin/python3 " CHAINMAP_SOURCE_DIR
                              "/tests/analysis/networkx_metrics.py " +
                              path.string();
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string text;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  const int status = ::pclose(pipe);
  std::filesystem::remove(path);
  REQUIRE(status == 0);
  std::map<std::string, Expected> out;
  std::istringstream in(text);
  std::string word;
  Expected* current = nullptr;
  while (in >> word) {
    if (word == "graph") {
      in >> word;
      current = &out[word];
      continue;
    }
    double b = 0;
    std::ptrdiff_t d = 0;
    in >> b >> d;
    current->betweenness.push_back(b);
    current->idom.push_back(d);
  }
  return out;
}

TEST_CASE("betweenness and dominators agree with NetworkX") {
  std::vector<NamedGraph> graphs;
  AddZone(CHAINMAP_SOURCE_DIR "/docs/examples/mini", graphs);
  const std::filesystem::path chains = CHAINMAP_SOURCE_DIR "/chains";
  if (std::filesystem::exists(chains / "zone.json"))
    AddZone(chains, graphs);
  else
    WARN("chains/ not present yet: comparing the example zone and random graphs only");
  AddRandom(graphs);

  const auto expected = RunNetworkx(graphs);
  REQUIRE(expected.size() == graphs.size());
  for (const NamedGraph& g : graphs) {
    INFO(g.name);
    const Expected& e = expected.at(g.name);
    const auto betweenness = Betweenness(g.graph);
    const auto idom = ImmediateDominators(g.graph);
    REQUIRE(e.betweenness.size() == betweenness.size());
    for (std::size_t v = 0; v < betweenness.size(); ++v) {
      INFO("vertex " << v);
      CHECK(betweenness[v] == Approx(e.betweenness[v]).margin(1e-9));
      CHECK(idom[v] == e.idom[v]);
    }
  }
}

}  // namespace
}  // namespace chainmap
