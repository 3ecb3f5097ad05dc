#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "src/analysis/link_status_analysis.h"

namespace chainmap {

/// What one chain loses when an enterprise leaves.
struct ChainImpact {
  std::size_t chain = 0;
  std::size_t present_before = 0;  ///< Links with local presence before.
  std::size_t lost = 0;            ///< Of those, failed or starved.
  double retained = 1;             ///< (present_before − lost) / present_before.
};

/// The cascade after one local enterprise leaves the zone.
struct Departure {
  std::size_t enterprise = 0;
  std::vector<LinkKey> failed;      ///< Links left without a local operator, ascending.
  std::vector<LinkKey> starved;     ///< Links that lost all their local inputs, ascending.
  std::vector<ChainImpact> chains;  ///< Chains touched, ascending by chain index.
  std::size_t damage() const { return failed.size() + starved.size(); }
};

/// The worst single departure for one chain.
struct ChainResilience {
  std::size_t present = 0;                      ///< Links with local presence.
  double worst_retained = 1;                    ///< Lowest retained share over all departures.
  std::optional<std::size_t> worst_enterprise;  ///< Who causes it (ties: lowest id).
};

/// Removes each local enterprise in turn and cascades within each chain: links left
/// without any local operator fail; then a present link whose present inputs have all
/// failed or starved starves, repeatedly. Ranks enterprises by the links lost.
class ResilienceAnalysis {
 public:
  ResilienceAnalysis(const Zone& zone, const LinkStatusAnalysis& status);

  void Run();

  /// The cascade for one enterprise (any index; a non-operator loses nothing).
  Departure Remove(std::size_t enterprise) const;
  /// Departures that lose at least one link, by damage descending, then enterprise id.
  const std::vector<Departure>& ranking() const;
  /// Per chain, the worst departure.
  const std::vector<ChainResilience>& chains() const;

 private:
  Departure Cascade(std::size_t enterprise, std::vector<LinkKey> failed) const;

  const Zone& zone_;
  const LinkStatusAnalysis& status_;
  bool ran_ = false;
  /// (enterprise, link) where the enterprise is the link's only operator, ascending.
  std::vector<std::pair<std::size_t, LinkKey>> sole_;
  std::vector<LinkKey> SoleLinks(std::size_t enterprise) const;
  std::vector<Departure> ranking_;
  std::vector<ChainResilience> chains_;
};

}  // namespace chainmap
