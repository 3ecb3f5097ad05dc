#pragma once

#include <string>

#include "render/map_scene.h"
#include "render/page.h"

namespace chainmap {

/// The Graphviz source of a scene, styled from map_style: a chain map's or index map's
/// bands left to right with the header above; the overview's cards in a row with the
/// legend below. Node i of the scene is the graph's node "n<i>", band b its cluster
/// "cluster_<key>"; the page's slide size is set here, the PNG resolution only when
/// the map is written.
std::string SceneDot(const MapScene& scene, const PageOptions& page);

}  // namespace chainmap
