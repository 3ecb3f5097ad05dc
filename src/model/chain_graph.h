#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

namespace chainmap {

/// The topology of one chain as a Boost graph: vertex i is link i of the chain, an
/// edge is "feeds into". Holds no domain data (names, enterprises live in the model).
class ChainGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  using Vertex = Graph::vertex_descriptor;

  ChainGraph() = default;
  ChainGraph(std::size_t vertex_count,
             const std::vector<std::pair<std::size_t, std::size_t>>& edges);

  const Graph& graph() const { return graph_; }
  std::size_t vertex_count() const { return boost::num_vertices(graph_); }

  /// Links that feed into `v`, and links `v` feeds, in edge order.
  std::vector<std::size_t> Predecessors(std::size_t v) const;
  std::vector<std::size_t> Successors(std::size_t v) const;

  /// Links with no inputs (sources) and with no outputs (sinks), ascending.
  std::vector<std::size_t> Sources() const;
  std::vector<std::size_t> Sinks() const;

  /// One cycle per strongly connected component with more than one vertex, each as
  /// a list of vertices in ascending order; empty when the graph is acyclic.
  std::vector<std::vector<std::size_t>> CyclicComponents() const;

 private:
  Graph graph_;
};

}  // namespace chainmap
