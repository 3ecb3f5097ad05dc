#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "src/analysis/gap_analysis.h"
#include "src/analysis/link_status_analysis.h"
#include "src/analysis/target_ranking.h"

namespace chainmap {

/// What one chain loses when an enterprise leaves.
struct ChainImpact {
  std::size_t chain = 0;
  std::size_t present_before = 0;  ///< Links with local presence before.
  std::size_t lost = 0;            ///< Of those, failed (no local operator left).
  double retained = 1;             ///< (present_before − lost) / present_before.
};

/// What happens when one local enterprise leaves the zone.
struct Departure {
  std::size_t enterprise = 0;
  std::vector<LinkKey> failed;    ///< Links left without a local operator, ascending.
  std::vector<LinkKey> weakened;  ///< Links that stay present but drop from strong to weak.
  /// Present links that lose all their local inputs; they still operate (buying from
  /// outside) and are not counted as lost.
  std::vector<LinkKey> starved;
  std::vector<ChainImpact> chains;  ///< Chains touched, ascending by chain index.
  double completeness_lost = 0;     ///< Zone completeness before − after.
  /// Links whose gap type changes (e.g. 补链 → 延链, none → 强链), ascending.
  std::vector<LinkKey> flipped;
  /// Kept targets (indices into TargetRanking::targets()) whose score changes: on a link
  /// whose status or gap type changes, related to a lost link, or tied to the firm.
  std::vector<std::size_t> targets_changed;
  std::size_t damage() const { return failed.size(); }
};

/// The worst single departure for one chain.
struct ChainResilience {
  std::size_t present = 0;                      ///< Links with local presence.
  double worst_retained = 1;                    ///< Lowest retained share over all departures.
  std::optional<std::size_t> worst_enterprise;  ///< Who causes it (ties: lowest id).
};

/// Removes each local enterprise in turn: a link fails only when no other local operator
/// is left; a link that keeps another operator may drop from strong to weak. Reports the
/// completeness lost, the gap types that flip and the targets whose score changes, and
/// ranks departures by completeness lost, then links lost, then enterprise id.
class ResilienceAnalysis {
 public:
  /// `gaps` and `targets` are optional: without them no flips or target changes are given.
  ResilienceAnalysis(const Zone& zone, const LinkStatusAnalysis& status,
                     const GapAnalysis* gaps = nullptr, const TargetRanking* targets = nullptr);

  void Run();

  /// The departure of one enterprise (any index; a non-operator changes nothing).
  Departure Remove(std::size_t enterprise) const;
  /// Departures that change something, most harmful first.
  const std::vector<Departure>& ranking() const;
  /// Per chain, the worst departure.
  const std::vector<ChainResilience>& chains() const;

 private:
  LinkStatus StatusWithout(std::size_t enterprise, LinkKey key) const;
  /// Per chain, where local presence lies before any departure, and per link the links it
  /// is the one local link upstream or downstream of.
  void IndexSolePresence();
  /// Adds to `flipped` the links of chain `c` whose gap type the departure changes.
  void AppendFlipped(std::size_t c, const std::vector<LinkKey>& failed,
                     const std::map<LinkKey, LinkStatus>& changed,
                     const std::function<LinkStatus(LinkKey)>& status_of,
                     std::vector<LinkKey>& flipped) const;
  double Credit(LinkStatus status) const;

  const Zone& zone_;
  const LinkStatusAnalysis& status_;
  const GapAnalysis* gaps_;
  const TargetRanking* targets_;
  bool ran_ = false;
  std::size_t total_links_ = 0;
  /// Kept targets by [chain][link] of any link their candidate lists, and by the local
  /// enterprise their candidate is tied to: which scores a departure can touch.
  std::vector<std::vector<std::vector<std::size_t>>> targets_by_link_;
  std::map<std::size_t, std::vector<std::size_t>> targets_by_tie_;
  std::vector<Departure> ranking_;
  std::vector<ChainResilience> chains_;
  std::vector<ChainPresence> presence_;
  std::vector<std::vector<std::vector<std::size_t>>> dependents_;
};

}  // namespace chainmap
