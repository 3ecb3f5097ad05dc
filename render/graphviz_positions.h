#pragma once

#include "render/graphviz.h"
#include "render/map_layout.h"

namespace chainmap {

/// Reads where Graphviz put everything of `scene` in `graph` (laid out from SceneDot):
/// node "n<i>" for scene node i, cluster "cluster_<key>" for band b, the edges between
/// them in the scene's order, the graph's label as the header. Graphviz's points (y up,
/// origin at the drawing's lower left) become the page's: y down, the origin at the top
/// left of the page, the pad included.
PositionedScene PositionsOf(const LaidOutGraph& graph, MapScene scene);

}  // namespace chainmap
