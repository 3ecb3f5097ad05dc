#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace chainmap {

/// The topology of one chain: vertex i is link i of the chain, an edge is "feeds into".
/// Holds no domain data (names, enterprises live in the model).
///
/// A Boost graph underneath (src/model/chain_boost_graph.h), which only the analyses that
/// run the Boost Graph Library's algorithms include: the model's headers, included by
/// most of the project, then do not compile the library. Copies are deep.
class ChainGraph {
 public:
  /// The Boost graph; defined in src/model/chain_boost_graph.h.
  struct Topology;

  ChainGraph() noexcept;  ///< No links.
  ChainGraph(std::size_t vertex_count,
             const std::vector<std::pair<std::size_t, std::size_t>>& edges);
  ChainGraph(const ChainGraph& other);
  ChainGraph(ChainGraph&& other) noexcept;
  ChainGraph& operator=(const ChainGraph& other);
  ChainGraph& operator=(ChainGraph&& other) noexcept;
  ~ChainGraph();

  std::size_t vertex_count() const noexcept { return vertex_count_; }
  /// The Boost graph, for the Boost Graph Library's algorithms.
  const Topology& topology() const noexcept;

  /// Links that feed into `v`, and links `v` feeds, in edge order.
  std::vector<std::size_t> Predecessors(std::size_t v) const;
  std::vector<std::size_t> Successors(std::size_t v) const;
  /// How many links feed into `v`, and how many `v` feeds.
  std::size_t InDegree(std::size_t v) const;
  std::size_t OutDegree(std::size_t v) const;

  /// Links with no inputs (sources) and with no outputs (sinks), ascending.
  std::vector<std::size_t> Sources() const;
  std::vector<std::size_t> Sinks() const;

  /// One cycle per strongly connected component with more than one vertex, each as
  /// a list of vertices in ascending order; empty when the graph is acyclic.
  std::vector<std::vector<std::size_t>> CyclicComponents() const;

 private:
  std::unique_ptr<Topology> topology_;  // null: no links (a default or moved-from graph)
  std::size_t vertex_count_ = 0;
};

}  // namespace chainmap
