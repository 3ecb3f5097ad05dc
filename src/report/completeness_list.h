#pragma once

#include "src/io/table.h"
#include "src/report/list_registry.h"

namespace chainmap {

/// 产业链完整度汇总: one row per chain in zone order and a last row 全区: completeness
/// in percent overall and per stage (上游, 中游, 下游; empty where there are no links),
/// and the number of links strong, weak, filling and missing. See docs/lists.md.
Table BuildCompletenessList(const ListInputs& inputs);

}  // namespace chainmap
