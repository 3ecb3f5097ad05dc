#pragma once

#include <cstddef>
#include <vector>

#include "src/model/chain_graph.h"

namespace chainmap {

/// For every link of a chain, which present links other than itself lie upstream of it (a
/// path leads from them to it) and which downstream: none, exactly one (its index) or
/// several. "Is anything local upstream" is `up[v] != kNone`; the one link whose loss would
/// leave nothing local upstream is `up[v]` when it is an index. Linear in the chain: one
/// walk over its strongly connected components in topological order, each way.
struct SolePresence {
  static constexpr std::ptrdiff_t kNone = -1;
  static constexpr std::ptrdiff_t kSeveral = -2;
  std::vector<std::ptrdiff_t> up, down;
};

SolePresence FindSolePresence(const ChainGraph& chain, const std::vector<bool>& present);

}  // namespace chainmap
