#include "src/model/chain_graph.h"

#include <algorithm>
#include <map>
#include <memory>
#include <utility>

#include <boost/graph/strong_components.hpp>

#include "src/model/chain_boost_graph.h"

namespace chainmap {

ChainGraph::ChainGraph() noexcept = default;

ChainGraph::ChainGraph(std::size_t vertex_count,
                       const std::vector<std::pair<std::size_t, std::size_t>>& edges)
    : topology_(std::make_unique<Topology>(Topology{ChainBoostGraph(vertex_count)})),
      vertex_count_(vertex_count) {
  for (const auto& [from, to] : edges) boost::add_edge(from, to, topology_->graph);
}

ChainGraph::ChainGraph(const ChainGraph& other)
    : topology_(other.topology_ ? std::make_unique<Topology>(*other.topology_) : nullptr),
      vertex_count_(other.vertex_count_) {}

ChainGraph::ChainGraph(ChainGraph&& other) noexcept
    : topology_(std::move(other.topology_)), vertex_count_(std::exchange(other.vertex_count_, 0)) {}

ChainGraph& ChainGraph::operator=(const ChainGraph& other) {
  if (this != &other) *this = ChainGraph(other);
  return *this;
}

ChainGraph& ChainGraph::operator=(ChainGraph&& other) noexcept {
  topology_ = std::move(other.topology_);
  vertex_count_ = std::exchange(other.vertex_count_, 0);
  return *this;
}

ChainGraph::~ChainGraph() = default;

const ChainGraph::Topology& ChainGraph::topology() const noexcept {
  static const Topology kEmpty;
  return topology_ ? *topology_ : kEmpty;
}

std::vector<std::size_t> ChainGraph::Predecessors(std::size_t v) const {
  const ChainBoostGraph& g = BoostGraph(*this);
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
    out.push_back(boost::source(*it, g));
  return out;
}

std::vector<std::size_t> ChainGraph::Successors(std::size_t v) const {
  const ChainBoostGraph& g = BoostGraph(*this);
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
    out.push_back(boost::target(*it, g));
  return out;
}

std::size_t ChainGraph::InDegree(std::size_t v) const {
  return boost::in_degree(v, BoostGraph(*this));
}

std::size_t ChainGraph::OutDegree(std::size_t v) const {
  return boost::out_degree(v, BoostGraph(*this));
}

std::vector<std::size_t> ChainGraph::Sources() const {
  std::vector<std::size_t> out;
  for (std::size_t v = 0; v < vertex_count(); ++v)
    if (InDegree(v) == 0) out.push_back(v);
  return out;
}

std::vector<std::size_t> ChainGraph::Sinks() const {
  std::vector<std::size_t> out;
  for (std::size_t v = 0; v < vertex_count(); ++v)
    if (OutDegree(v) == 0) out.push_back(v);
  return out;
}

std::vector<std::vector<std::size_t>> ChainGraph::CyclicComponents() const {
  const ChainBoostGraph& g = BoostGraph(*this);
  std::vector<std::size_t> component(vertex_count());
  boost::strong_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t v = 0; v < component.size(); ++v) members[component[v]].push_back(v);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [id, vertices] : members)
    if (vertices.size() > 1) out.push_back(std::move(vertices));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace chainmap
