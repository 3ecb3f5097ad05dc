#pragma once

#include <cstddef>
#include <vector>

#include "src/analysis/link_status_analysis.h"
#include "src/model/zone.h"

namespace chainmap {

/// By [chain][link]: how many distinct present links (strong or weak under the scenario)
/// sit next to it, through a chain edge or a cross-chain edge in either direction.
/// `status` must have run.
std::vector<std::vector<std::size_t>> PresentNeighbours(const Zone& zone,
                                                        const LinkStatusAnalysis& status);

}  // namespace chainmap
