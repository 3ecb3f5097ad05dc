#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/model/zone.h"

namespace chainmap {

/// Where one project stands against its dates: when it was last reported, the month its
/// target asks for, and whether its record is stale or its target overdue.
struct ProjectDates {
  std::string reported;                      ///< The project's as_of, else the zone's.
  std::optional<std::string> target_month;   ///< "YYYY-MM" (TargetMonth), if the text gives one.
  std::optional<ProjectStage> target_stage;  ///< The stage the target names (TargetStage).
  bool stale = false;                        ///< Last reported before the zone's as_of.
  bool overdue = false;  ///< Target month before the zone's as_of, its stage not reached.
};

/// When a project's stage was last reported: its as_of, else the zone's.
std::string ReportedDate(const Zone& zone, const Project& project);

/// The stage a target text asks a project to reach: 投产/投用/建成 → operating,
/// 开工/厂房/主体/设备入驻 → construction, 签约/落地/达成合作 → signed, 合作意向 →
/// negotiating; the furthest named wins; nullopt when it names none ("取得实质性进展").
std::optional<ProjectStage> TargetStage(std::string_view target);

/// Dates and flags of every project (项目推进清单). A target without a stage is reached
/// only by a project in operation. Construct, Run(), read.
class ProjectProgress {
 public:
  explicit ProjectProgress(const Zone& zone) : zone_(zone) {}

  void Run();

  /// By project index, as Zone::projects().
  const std::vector<ProjectDates>& projects() const;

 private:
  const Zone& zone_;
  bool ran_ = false;
  std::vector<ProjectDates> projects_;
};

}  // namespace chainmap
