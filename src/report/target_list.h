#pragma once

#include "src/io/table.h"
#include "src/report/list_registry.h"

namespace chainmap {

/// 招商目标清单: every ranked recruitment target (candidate enterprise for a gap link),
/// best first as TargetRanking orders them, with the score, its parts (gap, named,
/// distance, scale, relatedness, ties), the candidate's project for the link if any, and the
/// reason. See docs/lists.md.
Table BuildTargetList(const ListInputs& inputs);

}  // namespace chainmap
