#include "src/analysis/project_progress.h"

#include <array>
#include <stdexcept>
#include <utility>

#include "src/model/date_order.h"
#include "src/model/target_date.h"

namespace chainmap {

std::string ReportedDate(const Zone& zone, const Project& project) {
  return project.as_of.empty() ? zone.as_of : project.as_of;
}

std::optional<ProjectStage> TargetStage(std::string_view target) {
  // The first cue found wins; cues are in order of stage, furthest first, so that
  // "开工建设，年底前建成投产" asks for operation; "达成合作意向" is an intent, not a deal.
  static constexpr std::array<std::pair<std::string_view, ProjectStage>, 11> kCues{{
      {"投产", ProjectStage::kOperating},
      {"投用", ProjectStage::kOperating},
      {"建成", ProjectStage::kOperating},
      {"开工", ProjectStage::kConstruction},
      {"厂房", ProjectStage::kConstruction},
      {"主体", ProjectStage::kConstruction},
      {"设备入驻", ProjectStage::kConstruction},
      {"合作意向", ProjectStage::kNegotiating},
      {"签约", ProjectStage::kSigned},
      {"落地", ProjectStage::kSigned},
      {"达成合作", ProjectStage::kSigned},
  }};
  for (const auto& [cue, stage] : kCues)
    if (target.find(cue) != std::string_view::npos) return stage;
  return std::nullopt;
}

void ProjectProgress::Run() {
  projects_.clear();
  for (const Project& p : zone_.projects()) {
    ProjectDates d;
    d.reported = ReportedDate(zone_, p);
    d.target_month = TargetMonth(p.target, d.reported);
    d.target_stage = TargetStage(p.target);
    d.stale = !zone_.as_of.empty() && !d.reported.empty() && DateAfter(zone_.as_of, d.reported);
    const ProjectStage goal = d.target_stage.value_or(ProjectStage::kOperating);
    d.overdue = d.target_month && !zone_.as_of.empty() && DateAfter(zone_.as_of, *d.target_month) &&
                p.stage < goal;
    projects_.push_back(std::move(d));
  }
  ran_ = true;
}

const std::vector<ProjectDates>& ProjectProgress::projects() const {
  if (!ran_) throw std::logic_error("ProjectProgress: read before Run()");
  return projects_;
}

}  // namespace chainmap
