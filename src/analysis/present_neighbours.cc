#include "src/analysis/present_neighbours.h"

#include <algorithm>

namespace chainmap {

std::vector<std::vector<std::size_t>> PresentNeighbours(const Zone& zone,
                                                        const LinkStatusAnalysis& status) {
  const auto& states = status.states();
  // Each link's present neighbours as keys, made distinct before counting.
  std::vector<std::vector<std::vector<LinkKey>>> next(states.size());
  for (std::size_t c = 0; c < states.size(); ++c) {
    const ChainGraph& graph = zone.chains()[c].graph();
    next[c].resize(states[c].size());
    for (std::size_t l = 0; l < states[c].size(); ++l) {
      if (!states[c][l].present()) continue;
      const LinkKey self{c, l};
      for (std::size_t u : graph.Predecessors(l)) next[c][u].push_back(self);
      for (std::size_t w : graph.Successors(l)) next[c][w].push_back(self);
    }
  }
  for (const CrossEdge& e : zone.cross_edges) {
    if (status.state(e.from).present()) next[e.to.chain][e.to.link].push_back(e.from);
    if (status.state(e.to).present()) next[e.from.chain][e.from.link].push_back(e.to);
  }
  std::vector<std::vector<std::size_t>> counts(states.size());
  for (std::size_t c = 0; c < states.size(); ++c) {
    counts[c].resize(states[c].size());
    for (std::size_t l = 0; l < states[c].size(); ++l) {
      std::vector<LinkKey>& keys = next[c][l];
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      keys.erase(std::remove(keys.begin(), keys.end(), LinkKey{c, l}), keys.end());
      counts[c][l] = keys.size();
    }
  }
  return counts;
}

}  // namespace chainmap
