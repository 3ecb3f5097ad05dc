#include "src/analysis/zone_analysis.h"

namespace chainmap {

ZoneAnalysis::ZoneAnalysis(const Zone& zone, ZoneAnalysisOptions options)
    : zone_(zone), options_(options) {}

void ZoneAnalysis::Run() {
  auto status = std::make_unique<LinkStatusAnalysis>(zone_, options_.assume_stage);
  status->Run();
  auto gaps = std::make_unique<GapAnalysis>(zone_, *status);
  gaps->Run();
  auto criticality = std::make_unique<CriticalityAnalysis>(zone_, *status);
  criticality->Run();
  auto targets =
      std::make_unique<TargetRanking>(zone_, *status, *gaps, *criticality, options_.targets);
  targets->Run();
  auto resilience = std::make_unique<ResilienceAnalysis>(zone_, *status, gaps.get(), targets.get());
  resilience->Run();
  if (options_.assume_stage) {
    baseline_status_ = std::make_unique<LinkStatusAnalysis>(zone_);
    baseline_status_->Run();
    baseline_gaps_ = std::make_unique<GapAnalysis>(zone_, *baseline_status_);
    baseline_gaps_->Run();
  }
  status_ = std::move(status);
  gaps_ = std::move(gaps);
  criticality_ = std::move(criticality);
  resilience_ = std::move(resilience);
  targets_ = std::move(targets);
}

}  // namespace chainmap
