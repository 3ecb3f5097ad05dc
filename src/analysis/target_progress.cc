#include "src/analysis/target_progress.h"

#include <stdexcept>

#include "src/analysis/project_progress.h"

namespace chainmap {

void TargetProgress::Run() {
  measures_.clear();
  checks_.clear();
  for (std::size_t i = 0; i < zone_.facts.size(); ++i) {
    const Fact& f = zone_.facts[i];
    if (!f.measure.empty() && f.kind && f.value) {
      auto it = measures_.begin();
      while (it != measures_.end() && it->measure != f.measure) ++it;
      if (it == measures_.end()) it = measures_.insert(it, MeasureFigures{f.measure, {}});
      it->facts[static_cast<std::size_t>(*f.kind)] = i;
    }
    if (!f.project_count || !f.year) continue;
    ProjectFigureCheck check;
    check.fact = i;
    check.year = *f.year;
    check.stated_count = *f.project_count;
    if (f.value && f.unit == "亿元") check.stated_amount = *f.value;
    const std::string year = std::to_string(*f.year);
    for (std::size_t p = 0; p < zone_.projects().size(); ++p) {
      const Project& project = zone_.projects()[p];
      if (!ReportedDate(zone_, project).starts_with(year)) continue;
      if (f.stage && project.stage != *f.stage) continue;
      check.records.push_back(p);
      ++check.by_stage[static_cast<std::size_t>(project.stage)];
      if (project.investment)
        check.record_sum += *project.investment;
      else
        ++check.without_amount;
    }
    checks_.push_back(std::move(check));
  }
  ran_ = true;
}

void TargetProgress::RequireRun() const {
  if (!ran_) throw std::logic_error("TargetProgress: read before Run()");
}

const std::vector<MeasureFigures>& TargetProgress::measures() const {
  RequireRun();
  return measures_;
}

const std::vector<ProjectFigureCheck>& TargetProgress::checks() const {
  RequireRun();
  return checks_;
}

}  // namespace chainmap
