#include "src/analysis/criticality_analysis.h"

#include <stdexcept>

#include "src/analysis/chain_metrics.h"

namespace chainmap {

CriticalityAnalysis::CriticalityAnalysis(const Zone& zone, const LinkStatusAnalysis& status)
    : zone_(zone), status_(status) {}

void CriticalityAnalysis::Run() {
  links_.assign(zone_.chains().size(), {});
  const std::size_t chokepoint_min =
      static_cast<std::size_t>(std::max(1, zone_.settings.chokepoint_min_dominated));
  for (std::size_t c = 0; c < zone_.chains().size(); ++c) {
    const ChainGraph& graph = zone_.chains()[c].graph();
    const std::vector<bool> present = status_.Present(c);
    const auto betweenness = Betweenness(graph);
    const auto idom = ImmediateDominators(graph);
    const auto dominated = DominatedCounts(idom);
    const auto articulation = ArticulationPoints(graph);
    const auto entry = EntryLinks(graph), end = EndLinks(graph);
    const auto gain = ConnectivityGains(graph, present);
    auto& out = links_[c];
    out.resize(graph.vertex_count());
    for (std::size_t l = 0; l < out.size(); ++l) {
      LinkCriticality& m = out[l];
      m.betweenness = betweenness[l];
      m.idom = idom[l];
      m.dominated = dominated[l];
      m.chokepoint = dominated[l] >= chokepoint_min;
      m.break_risk = dominated[l] > 0 && !present[l];
      m.articulation = articulation[l];
      m.entry = entry[l];
      m.end = end[l];
      m.gain = gain[l];
    }
  }
  ran_ = true;
}

const std::vector<std::vector<LinkCriticality>>& CriticalityAnalysis::links() const {
  if (!ran_) throw std::logic_error("CriticalityAnalysis: read before Run()");
  return links_;
}

}  // namespace chainmap
