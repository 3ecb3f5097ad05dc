#pragma once

#include <cstddef>

#include "render/map_layout.h"
#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// Which figures a deck map shows: the chain's links (or the chains) with their names
/// translated from the zone's documents, already cut to fit a node.
/// INTERIM: until render's Graphviz layout (LayOutChainMap / LayOutOverview in
/// render/map_render.h) is in main, the deck builds its scenes here and places them on a
/// banded grid (one column per band, nodes stacked, sized from their text). When the
/// layout lands, the deck takes its PositionedScene instead and this file goes.
PositionedScene DeckChainMap(const ZoneAnalysis& analysis, std::size_t chain);

/// The zone overview for the deck: a card per chain with its completeness and counts,
/// a connector per pair of chains joined by cross-chain edges (INTERIM, as above).
PositionedScene DeckOverviewMap(const ZoneAnalysis& analysis);

}  // namespace chainmap
