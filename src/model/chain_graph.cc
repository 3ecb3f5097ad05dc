#include "src/model/chain_graph.h"

#include <algorithm>
#include <map>

#include <boost/graph/strong_components.hpp>

namespace chainmap {

ChainGraph::ChainGraph(std::size_t vertex_count,
                       const std::vector<std::pair<std::size_t, std::size_t>>& edges)
    : graph_(vertex_count) {
  for (const auto& [from, to] : edges) boost::add_edge(from, to, graph_);
}

std::vector<std::size_t> ChainGraph::Predecessors(std::size_t v) const {
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::in_edges(v, graph_); it != end; ++it)
    out.push_back(boost::source(*it, graph_));
  return out;
}

std::vector<std::size_t> ChainGraph::Successors(std::size_t v) const {
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::out_edges(v, graph_); it != end; ++it)
    out.push_back(boost::target(*it, graph_));
  return out;
}

std::vector<std::size_t> ChainGraph::Sources() const {
  std::vector<std::size_t> out;
  for (std::size_t v = 0; v < vertex_count(); ++v)
    if (boost::in_degree(v, graph_) == 0) out.push_back(v);
  return out;
}

std::vector<std::size_t> ChainGraph::Sinks() const {
  std::vector<std::size_t> out;
  for (std::size_t v = 0; v < vertex_count(); ++v)
    if (boost::out_degree(v, graph_) == 0) out.push_back(v);
  return out;
}

std::vector<std::vector<std::size_t>> ChainGraph::CyclicComponents() const {
  std::vector<std::size_t> component(vertex_count());
  boost::strong_components(graph_, boost::make_iterator_property_map(
                                       component.begin(), boost::get(boost::vertex_index, graph_)));
  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t v = 0; v < component.size(); ++v) members[component[v]].push_back(v);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [id, vertices] : members)
    if (vertices.size() > 1) out.push_back(std::move(vertices));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace chainmap
