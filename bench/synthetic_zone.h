#pragma once
// A generator of synthetic zones for the benchmarks, built in memory through the model API.

#include <cstdint>
#include <filesystem>

#include "src/model/zone.h"

namespace chainmap::bench {

/// The shape of a synthetic zone.
struct SyntheticSpec {
  std::size_t chains = 50;
  std::size_t links = 200;            ///< Per chain.
  std::size_t enterprises = 1000000;  ///< Local and candidates together.
  double local_share = 0.05;          ///< Share of enterprises that are local.
  std::size_t projects = 5000;
  std::size_t cross_edges = 100;
  std::uint32_t seed = 1;
  /// Homes, ties, sources, investments, partners, unpursued links (AddTargetSignals); off:
  /// the zone without them, as the benchmark had it before 2026-12-02.
  bool target_signals = true;
};

/// Builds the zone: layered chains (each link fed by 1–3 earlier links nearby, the first
/// tenth without inputs), about 40% of links held by local enterprises with a skewed
/// spread (some by a single one), candidates spread over all links, projects at every stage;
/// then, from a random stream of its own, what target scores read: homes, revenue units,
/// ties, sources, investments, partners and a few links not pursued locally.
Zone MakeSyntheticZone(const SyntheticSpec& spec);

/// Writes the zone as tab-separated files for the NetworkX peer (bench/analysis_networkx.py):
/// links.tsv, edges.tsv, cross_edges.tsv, enterprises.tsv, projects.tsv, settings.tsv, with
/// every field the analysis rules read (doubles to 17 digits, so they read back exactly).
void ExportForPeer(const Zone& zone, const std::filesystem::path& dir);

}  // namespace chainmap::bench
