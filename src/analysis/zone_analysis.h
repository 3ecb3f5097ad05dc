#pragma once

#include <memory>
#include <optional>
#include <stdexcept>

#include "src/analysis/criticality_analysis.h"
#include "src/analysis/gap_analysis.h"
#include "src/analysis/link_status_analysis.h"
#include "src/analysis/resilience_analysis.h"
#include "src/analysis/target_ranking.h"

namespace chainmap {

/// Options for ZoneAnalysis.
struct ZoneAnalysisOptions {
  /// The 远景 scenario: projects at this stage or later count as built.
  std::optional<ProjectStage> assume_stage;
  TargetOptions targets;
};

/// Runs every analysis on a zone: statuses, gaps, criticality, resilience and targets,
/// under the scenario if one is given, plus the 现状 statuses and gaps to compare with.
class ZoneAnalysis {
 public:
  explicit ZoneAnalysis(const Zone& zone, ZoneAnalysisOptions options = {});

  void Run();

  const Zone& zone() const { return zone_; }
  const ZoneAnalysisOptions& options() const { return options_; }
  const LinkStatusAnalysis& status() const { return *Checked(status_); }
  const GapAnalysis& gaps() const { return *Checked(gaps_); }
  const CriticalityAnalysis& criticality() const { return *Checked(criticality_); }
  const ResilienceAnalysis& resilience() const { return *Checked(resilience_); }
  const TargetRanking& targets() const { return *Checked(targets_); }
  /// The 现状 (no projects assumed built); null without a scenario.
  const LinkStatusAnalysis* baseline_status() const {
    return Checked(status_), baseline_status_.get();
  }
  const GapAnalysis* baseline_gaps() const { return Checked(gaps_), baseline_gaps_.get(); }

 private:
  template <typename T>
  const T* Checked(const std::unique_ptr<T>& p) const {
    if (!p) throw std::logic_error("ZoneAnalysis: read before Run()");
    return p.get();
  }

  const Zone& zone_;
  ZoneAnalysisOptions options_;
  std::unique_ptr<LinkStatusAnalysis> status_, baseline_status_;
  std::unique_ptr<GapAnalysis> gaps_, baseline_gaps_;
  std::unique_ptr<CriticalityAnalysis> criticality_;
  std::unique_ptr<ResilienceAnalysis> resilience_;
  std::unique_ptr<TargetRanking> targets_;
};

}  // namespace chainmap
