#pragma once

#include "src/io/table.h"
#include "src/report/list_registry.h"

namespace chainmap {

/// 产业链企业清单: one row per enterprise and link it operates in, by chain and link in
/// file order; within a link local enterprises first, then by role (链主, 链核, 配套,
/// none) and id. Enterprises attached to no link come last. See docs/lists.md.
Table BuildEnterpriseList(const ListInputs& inputs);

}  // namespace chainmap
