#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "src/model/zone.h"

namespace chainmap {

/// One measure's stated figures (facts with a `measure`), by FactKind: target, actual,
/// forecast. Each is an index into Zone::facts; when a kind is stated twice the later wins.
struct MeasureFigures {
  std::string measure;
  std::array<std::optional<std::size_t>, 3> facts;
};

/// A stated number of a year's projects (a fact with `project_count`), beside the zone's
/// project records of that year: those last reported in that year (ReportedDate) and, when
/// the fact names a stage, at that stage.
struct ProjectFigureCheck {
  std::size_t fact = 0;  ///< Index into Zone::facts.
  int year = 0;
  long long stated_count = 0;
  std::optional<double> stated_amount;    ///< The fact's value when it is in 亿元.
  std::vector<std::size_t> records;       ///< Indices into Zone::projects(), in zone order.
  double record_sum = 0;                  ///< Investment of the records that state one, 亿元.
  std::size_t without_amount = 0;         ///< Records with no investment figure.
  std::array<std::size_t, 5> by_stage{};  ///< Records by ProjectStage.
};

/// 目标与进度: the zone's stated targets lined up with what was reached and expected, and
/// each stated count of a year's projects checked against the project records. Returns
/// data; the wording is the report layer's (target_progress_tables.h). Construct, Run(),
/// read.
class TargetProgress {
 public:
  explicit TargetProgress(const Zone& zone) : zone_(zone) {}

  void Run();

  /// Measures in the order their first fact appears.
  const std::vector<MeasureFigures>& measures() const;
  /// Checks in the order of the facts.
  const std::vector<ProjectFigureCheck>& checks() const;

 private:
  void RequireRun() const;

  const Zone& zone_;
  bool ran_ = false;
  std::vector<MeasureFigures> measures_;
  std::vector<ProjectFigureCheck> checks_;
};

}  // namespace chainmap
