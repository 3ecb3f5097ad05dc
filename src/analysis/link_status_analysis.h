#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "src/analysis/link_status.h"
#include "src/model/zone.h"

namespace chainmap {

/// The zone's hold on one link, and why.
struct LinkState {
  LinkStatus status = LinkStatus::kMissing;
  /// Local enterprises operating at the link (and, in a scenario, the enterprises of
  /// projects assumed built), ascending.
  std::vector<std::size_t> operators;
  /// Projects assumed built that serve the link without a known enterprise (scenario).
  std::vector<std::size_t> anonymous_projects;
  /// Projects at the filling stage or later, not assumed built, serving the link.
  std::vector<std::size_t> filling_projects;
  std::size_t scale_count = 0;  ///< Operators tagged 规上.
  bool has_leader = false;      ///< Some operator is a 链主.

  /// Local presence: something operates here (strong or weak).
  bool present() const { return status == LinkStatus::kStrong || status == LinkStatus::kWeak; }
  /// Operators, counting anonymous built projects.
  std::size_t operator_count() const { return operators.size() + anonymous_projects.size(); }
};

/// Classifies every link as strong, weak, filling or missing by zone.settings (rules in
/// docs/analysis.md). With `assume_stage`, projects at that stage or later count as built
/// (the 远景 scenario): their enterprise operates at the links they serve.
class LinkStatusAnalysis {
 public:
  explicit LinkStatusAnalysis(const Zone& zone,
                              std::optional<ProjectStage> assume_stage = std::nullopt);

  void Run();

  /// States by [chain][link].
  const std::vector<std::vector<LinkState>>& states() const;
  const LinkState& state(LinkKey key) const { return states()[key.chain][key.link]; }
  /// Presence by link of one chain, for the graph measures.
  std::vector<bool> Present(std::size_t chain) const;
  /// The local enterprises, ascending, with links or without: the zone's table of every
  /// enterprise is read once, here, and the analyses after it look here for its local firms.
  const std::vector<std::size_t>& locals() const;
  const Zone& zone() const { return zone_; }
  std::optional<ProjectStage> assume_stage() const { return assume_stage_; }

 private:
  const Zone& zone_;
  std::optional<ProjectStage> assume_stage_;
  bool ran_ = false;
  std::vector<std::vector<LinkState>> states_;
  std::vector<std::size_t> locals_;
};

}  // namespace chainmap
