#pragma once

#include <cstddef>
#include <vector>

#include "src/model/chain_graph.h"

namespace chainmap {

/// Graph measures of one chain's topology, each indexed by link (vertex). These are the
/// building blocks of CriticalityAnalysis; see docs/analysis.md for their meaning.

/// Entry links: members of a strongly connected component that no edge enters from
/// outside it. In an acyclic chain these are exactly the links without inputs.
std::vector<bool> EntryLinks(const ChainGraph& graph);

/// End-product links: members of a strongly connected component that no edge leaves.
/// In an acyclic chain these are exactly the links without outputs.
std::vector<bool> EndLinks(const ChainGraph& graph);

/// Betweenness centrality of the directed graph, normalised by 1/((n-1)(n-2)) as
/// NetworkX's betweenness_centrality(normalized=True) does for a DiGraph; 0 when n < 3.
std::vector<double> Betweenness(const ChainGraph& graph);

/// Immediate dominators from a virtual source that feeds every entry link: -1 where the
/// immediate dominator is the virtual source, otherwise the dominating link.
std::vector<std::ptrdiff_t> ImmediateDominators(const ChainGraph& graph);

/// For each link, how many other links it dominates (its dominator subtree minus itself).
std::vector<std::size_t> DominatedCounts(const std::vector<std::ptrdiff_t>& idom);

/// Articulation points of the undirected view (edge directions ignored).
std::vector<bool> ArticulationPoints(const ChainGraph& graph);

/// For each link that is not `present`: how many (entry link, end-product link) pairs
/// become connected by a path of present links through it if it were present. Present
/// links get 0.
std::vector<std::size_t> ConnectivityGains(const ChainGraph& graph,
                                           const std::vector<bool>& present);

}  // namespace chainmap
