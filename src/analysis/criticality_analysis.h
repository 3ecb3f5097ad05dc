#pragma once

#include <cstddef>
#include <vector>

#include "src/analysis/link_status_analysis.h"

namespace chainmap {

/// How much one link matters to its chain's structure.
struct LinkCriticality {
  double betweenness = 0;     ///< Normalised directed betweenness centrality.
  std::ptrdiff_t idom = -1;   ///< Immediate dominator; -1 for the virtual source.
  std::size_t dominated = 0;  ///< Links it dominates (all their supply passes through it).
  bool chokepoint = false;    ///< 卡脖子: dominated ≥ settings.chokepoint_min_dominated.
  bool break_risk = false;    ///< 断链: dominates at least one link, without local presence.
  bool articulation = false;  ///< Cut vertex of the undirected view.
  bool entry = false;         ///< An entry (source) link.
  bool end = false;           ///< An end-product link.
  std::size_t gain = 0;       ///< Connectivity gain; 0 for links with local presence.
};

/// Betweenness, dominators, articulation points and connectivity gains, computed per
/// chain on the chain's own edges (cross-chain edges are left out; see docs/analysis.md).
class CriticalityAnalysis {
 public:
  CriticalityAnalysis(const Zone& zone, const LinkStatusAnalysis& status);

  void Run();

  /// Measures by [chain][link].
  const std::vector<std::vector<LinkCriticality>>& links() const;
  const LinkCriticality& link(LinkKey key) const { return links()[key.chain][key.link]; }

 private:
  const Zone& zone_;
  const LinkStatusAnalysis& status_;
  bool ran_ = false;
  std::vector<std::vector<LinkCriticality>> links_;
};

}  // namespace chainmap
