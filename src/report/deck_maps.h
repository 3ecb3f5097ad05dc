#pragma once

#include <vector>

#include "render/chain_map.h"
#include "render/graphviz.h"
#include "render/map_layout.h"
#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// The maps of a deck, laid out by Graphviz exactly as the SVG maps are (the same scene
/// builders, the same layout): the overview and, per chain, its map under one analysis.
/// A chain too large for one map (render/map_split.h) gives its detail maps instead; the
/// overview shows the chains' cards and the arrows between chains, not their links.
struct DeckMaps {
  PositionedScene overview;
  std::vector<std::vector<PositionedScene>> chains;  ///< Per chain: its map, or its parts.
};

/// How a deck's chain map differs from the printed one: fewer lines per link (a slide has
/// less room than a sheet), no targets under missing links (the target tables follow).
ChainMapOptions DeckChainMapOptions();

/// Lays out the overview and every chain's map of `analysis` (which has run).
DeckMaps LayOutDeckMaps(GraphvizContext& graphviz, const ZoneAnalysis& analysis);

}  // namespace chainmap
