#pragma once

#include <boost/graph/adjacency_list.hpp>

#include "src/model/chain_graph.h"

namespace chainmap {

/// A chain's topology as the Boost Graph Library sees it: vertex i is link i.
using ChainBoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using ChainVertex = ChainBoostGraph::vertex_descriptor;

struct ChainGraph::Topology {
  ChainBoostGraph graph;
};

/// The Boost graph of `chain`, for BGL's algorithms.
inline const ChainBoostGraph& BoostGraph(const ChainGraph& chain) { return chain.topology().graph; }

}  // namespace chainmap
