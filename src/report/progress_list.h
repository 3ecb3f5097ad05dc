#pragma once

#include "src/io/table.h"
#include "src/report/list_registry.h"

namespace chainmap {

/// 项目推进清单: one row per project, by chain (zone order; a project serving several
/// chains under its first, projects on no chain last), then the most advanced stage first,
/// the larger investment first, then by name; with the date of the last report, the
/// target as the document words it, the month it names (ProjectProgress) and the flags
/// 久未更新 (stale) and 逾期 (overdue).
Table BuildProgressList(const ListInputs& inputs);

/// 阶段投资汇总: per project stage, the project records (count, sum in 亿元, count without
/// a figure) beside the amounts the documents state for that stage without listing the
/// projects (facts with a `stage`), each quoted; a last row totals the records. The two
/// are not added up: a stated total may include recorded projects.
Table BuildStageTotals(const ListInputs& inputs);

}  // namespace chainmap
