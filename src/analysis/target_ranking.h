#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "src/analysis/criticality_analysis.h"
#include "src/analysis/gap_analysis.h"
#include "src/analysis/link_status_analysis.h"

namespace chainmap {

/// How urgent a gap is (0–60): its type, its connectivity gain and its dominance,
/// halved while a project is already filling it. See docs/analysis.md.
struct GapPriority {
  double type = 0;       ///< 补链 30, 延链 20, 强链 10.
  double gain = 0;       ///< 15 × gain / the chain's largest gain.
  double dominance = 0;  ///< 15 × dominated / the chain's largest dominated count.
  bool halved = false;   ///< The link is filling.
  double total = 0;      ///< (type + gain + dominance), halved when filling.
};

/// The parts of a target's score; score = gap + strength + fit + pipeline (0–100).
struct TargetScore {
  double gap = 0;       ///< The gap's priority (0–60).
  double strength = 0;  ///< The candidate's public attributes (0–20).
  double fit = 0;       ///< Local partners upstream (5) and downstream (5) of the link.
  double pipeline = 0;  ///< Its most advanced project for this link (0–10).
  double total = 0;
};

/// One recruitment target: a candidate enterprise for a gap link.
struct Target {
  LinkKey link;
  std::size_t candidate = 0;           ///< Index into Zone::enterprises().
  std::optional<std::size_t> project;  ///< Its most advanced project serving the link.
  TargetScore score;
  std::string reason;  ///< One line a planner can read out.
};

/// Options for TargetRanking.
struct TargetOptions {
  std::size_t top = 0;  ///< Candidates kept per gap link; 0 keeps all.
};

/// Scores every external candidate (local == false) attached to a gap link, except one
/// that already operates there under the scenario, and ranks them; ties are broken by
/// link id, then candidate id.
class TargetRanking {
 public:
  TargetRanking(const Zone& zone, const LinkStatusAnalysis& status, const GapAnalysis& gaps,
                const CriticalityAnalysis& criticality, TargetOptions options = {});

  void Run();

  /// Kept targets, best first.
  const std::vector<Target>& targets() const;
  /// Indices into targets() by [chain][link], best first.
  const std::vector<std::vector<std::vector<std::size_t>>>& by_link() const;
  /// Gap priorities by [chain][link] (all zero for strong links).
  const std::vector<std::vector<GapPriority>>& priorities() const;

 private:
  void ComputePriorities();
  double Strength(const Enterprise& e) const;
  double Fit(LinkKey key, std::string* partners) const;
  std::string Reason(const Target& t) const;

  const Zone& zone_;
  const LinkStatusAnalysis& status_;
  const GapAnalysis& gaps_;
  const CriticalityAnalysis& criticality_;
  TargetOptions options_;
  bool ran_ = false;
  std::vector<Target> targets_;
  std::vector<std::vector<std::vector<std::size_t>>> by_link_;
  std::vector<std::vector<GapPriority>> priorities_;
};

}  // namespace chainmap
