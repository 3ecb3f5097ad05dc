#pragma once

#include <string>

#include "src/analysis/target_progress.h"
#include "src/io/table.h"
#include "src/report/list_registry.h"

namespace chainmap {

/// 目标与进度, one rule for every output that shows it (the 领导一页纸 and its section on
/// the page, the report, the lists): one row per measure, its target, actual and forecast
/// as the documents state them ("1000 亿元", "900 亿元（2023 年）", 文件未载明), and the
/// documents that state them.
Table BuildMeasureTable(const Zone& zone, const TargetProgress& progress);

/// 项目数与投资核对: one row per stated number of a year's projects: what the document
/// states, what the zone's project records of that year give, and why the two differ
/// (CheckExplanation). Empty when no fact has a `project_count`.
Table BuildProjectCheckTable(const Zone& zone, const TargetProgress& progress);

/// Why the records and the stated figure differ, in one Chinese sentence: which records
/// were counted (by stage), how many stated projects are not listed one by one, records
/// without an investment figure, and the difference of the sums.
std::string CheckExplanation(const Zone& zone, const ProjectFigureCheck& check);

/// The two tables as list sheets (list_registry.h).
Table BuildTargetProgressList(const ListInputs& inputs);
Table BuildProjectCheckList(const ListInputs& inputs);

}  // namespace chainmap
