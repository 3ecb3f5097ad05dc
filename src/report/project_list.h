#pragma once

#include "src/io/table.h"
#include "src/report/list_registry.h"

namespace chainmap {

/// 重点项目清单: one row per project, the most advanced stage first (投产 → 谋划), within
/// a stage the larger investment first (unknown last), then by id.
Table BuildProjectList(const ListInputs& inputs);

/// 项目投资汇总: total investment per chain (rows) and stage (columns) in 亿元, with
/// the number of projects and of those without an investment figure. A project serving
/// several chains counts in each of them; the zone row (全区合计) counts it once.
Table BuildProjectTotals(const ListInputs& inputs);

}  // namespace chainmap
