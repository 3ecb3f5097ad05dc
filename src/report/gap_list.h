#pragma once

#include "src/io/table.h"
#include "src/report/list_registry.h"

namespace chainmap {

/// 缺链弱链清单: one row per link the zone does not hold strongly (weak, filling or
/// missing), with its gap type (补链/延链/强链), priority and its parts, criticality flags,
/// connectivity gain, number of candidates and the top target; highest priority first,
/// ties by qualified link id. See docs/lists.md.
Table BuildGapList(const ListInputs& inputs);

}  // namespace chainmap
