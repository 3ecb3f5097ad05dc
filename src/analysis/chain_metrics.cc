#include "src/analysis/chain_metrics.h"

#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dominator_tree.hpp>
#include <boost/graph/strong_components.hpp>

#include "src/model/chain_boost_graph.h"

namespace chainmap {
namespace {

using Graph = ChainBoostGraph;

/// Marks the members of components that no edge enters (`forward`) or leaves.
std::vector<bool> ClosedComponents(const ChainGraph& chain, bool forward) {
  const Graph& g = BoostGraph(chain);
  const std::size_t n = chain.vertex_count();
  std::vector<std::size_t> component(n);
  boost::strong_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  std::vector<bool> open(n, false);  // by component: some edge enters (leaves) it
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const std::size_t s = component[boost::source(*it, g)], t = component[boost::target(*it, g)];
    if (s != t) open[forward ? t : s] = true;
  }
  std::vector<bool> out(n);
  for (std::size_t v = 0; v < n; ++v) out[v] = !open[component[v]];
  return out;
}

}  // namespace

std::vector<bool> EntryLinks(const ChainGraph& graph) { return ClosedComponents(graph, true); }

std::vector<bool> EndLinks(const ChainGraph& graph) { return ClosedComponents(graph, false); }

std::vector<double> Betweenness(const ChainGraph& chain) {
  const Graph& g = BoostGraph(chain);
  const std::size_t n = chain.vertex_count();
  std::vector<double> centrality(n, 0.0);
  if (n < 3) return centrality;
  // Brandes' algorithm runs one search per link; a compressed sparse row copy of the
  // graph makes those searches several times faster than on the adjacency list.
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  edges.reserve(boost::num_edges(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    edges.emplace_back(boost::source(*it, g), boost::target(*it, g));
  std::sort(edges.begin(), edges.end());
  using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
  const Csr csr(boost::edges_are_sorted, edges.begin(), edges.end(), n);
  boost::brandes_betweenness_centrality(
      csr, boost::centrality_map(boost::make_iterator_property_map(
                                     centrality.begin(), boost::get(boost::vertex_index, csr)))
               .vertex_index_map(boost::get(boost::vertex_index, csr)));
  const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
  for (double& c : centrality) c *= scale;
  return centrality;
}

std::vector<std::ptrdiff_t> ImmediateDominators(const ChainGraph& chain) {
  const Graph& g = BoostGraph(chain);
  const std::size_t n = chain.vertex_count();
  Graph augmented(n + 1);
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    boost::add_edge(boost::source(*it, g), boost::target(*it, g), augmented);
  const std::vector<bool> entry = EntryLinks(chain);
  for (std::size_t v = 0; v < n; ++v)
    if (entry[v]) boost::add_edge(n, v, augmented);
  using Vertex = ChainVertex;
  std::vector<Vertex> idom(n + 1, boost::graph_traits<Graph>::null_vertex());
  boost::lengauer_tarjan_dominator_tree(
      augmented, Vertex{n},
      boost::make_iterator_property_map(idom.begin(), boost::get(boost::vertex_index, augmented)));
  std::vector<std::ptrdiff_t> out(n, -1);
  for (std::size_t v = 0; v < n; ++v)
    if (idom[v] != boost::graph_traits<Graph>::null_vertex() && idom[v] != n)
      out[v] = static_cast<std::ptrdiff_t>(idom[v]);
  return out;
}

std::vector<std::size_t> DominatedCounts(const std::vector<std::ptrdiff_t>& idom) {
  // Each link adds one to every strict dominator: walk up the tree. Depth is small in
  // chains; for safety against long paths use the subtree sizes in reverse BFS order.
  const std::size_t n = idom.size();
  std::vector<std::vector<std::size_t>> children(n);
  std::vector<std::size_t> order;
  order.reserve(n);
  for (std::size_t v = 0; v < n; ++v)
    if (idom[v] < 0)
      order.push_back(v);
    else
      children[static_cast<std::size_t>(idom[v])].push_back(v);
  for (std::size_t i = 0; i < order.size(); ++i)
    for (std::size_t c : children[order[i]]) order.push_back(c);
  std::vector<std::size_t> count(n, 0);
  for (std::size_t i = order.size(); i-- > 0;) {
    const std::size_t v = order[i];
    if (idom[v] >= 0) count[static_cast<std::size_t>(idom[v])] += count[v] + 1;
  }
  return count;
}

std::vector<bool> ArticulationPoints(const ChainGraph& chain) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const Graph& g = BoostGraph(chain);
  Undirected u(chain.vertex_count());
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    boost::add_edge(boost::source(*it, g), boost::target(*it, g), u);
  std::vector<Undirected::vertex_descriptor> points;
  boost::articulation_points(u, std::back_inserter(points));
  std::vector<bool> out(chain.vertex_count(), false);
  for (auto v : points) out[v] = true;
  return out;
}

std::vector<std::size_t> ConnectivityGains(const ChainGraph& chain,
                                           const std::vector<bool>& present) {
  const Graph& g = BoostGraph(chain);
  const std::size_t n = chain.vertex_count();
  const std::vector<bool> entry = EntryLinks(chain), end_link = EndLinks(chain);
  std::vector<std::size_t> end_index(n, 0);
  std::size_t ends = 0;
  for (std::size_t v = 0; v < n; ++v)
    if (end_link[v]) end_index[v] = ends++;

  // Walks from `start` over present links only (start itself may be absent).
  std::vector<std::size_t> stamp(n, 0), stack;
  std::size_t round = 0;
  auto walk = [&](std::size_t start, bool forward, auto&& visit) {
    ++round;
    stack.assign(1, start);
    stamp[start] = round;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      visit(v);
      auto step = [&](std::size_t w) {
        if (stamp[w] != round && present[w]) {
          stamp[w] = round;
          stack.push_back(w);
        }
      };
      if (forward)
        for (auto [it, e] = boost::out_edges(v, g); it != e; ++it) step(boost::target(*it, g));
      else
        for (auto [it, e] = boost::in_edges(v, g); it != e; ++it) step(boost::source(*it, g));
    }
  };

  // connected[v * ends + end_index[t]]: present entry v reaches end t over present links.
  std::vector<bool> connected(n * ends, false);
  for (std::size_t s = 0; s < n; ++s)
    if (entry[s] && present[s])
      walk(s, true, [&](std::size_t t) {
        if (end_link[t]) connected[s * ends + end_index[t]] = true;
      });

  std::vector<std::size_t> gain(n, 0);
  std::vector<std::size_t> from, to;
  for (std::size_t link = 0; link < n; ++link) {
    if (present[link]) continue;
    from.clear();
    to.clear();
    walk(link, false, [&](std::size_t v) {
      if (entry[v]) from.push_back(v);
    });
    walk(link, true, [&](std::size_t v) {
      if (end_link[v]) to.push_back(v);
    });
    std::size_t count = 0;
    for (std::size_t s : from)
      for (std::size_t t : to)
        if (s != t && (s == link || !connected[s * ends + end_index[t]])) ++count;
    gain[link] = count;
  }
  return gain;
}

}  // namespace chainmap
