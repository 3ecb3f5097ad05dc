#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "render/map_layout.h"

namespace chainmap {

/// One slide's share of a positioned map: the nodes it shows in full and the part of
/// the drawing (in the layout's points) it covers.
struct MapPage {
  std::vector<std::size_t> nodes;  ///< Indices into the scene's nodes, in scene order.
  SceneBox region;
};

/// Splits the drawing into pages that each fit a `width` × `height` area at the
/// layout's own size, so that no text is shrunk: bands go whole onto a page where they
/// fit (a chain split by stage), otherwise the nodes are cut into columns and rows by
/// position (by part of the chain). Every node is on exactly one page; a drawing that
/// fits is one page.
std::vector<MapPage> PlanMapPages(const PositionedScene& map, double width, double height);

/// The map area of a slide (below the title, above the legend and notes), in points.
SceneBox MapArea(const PositionedScene& map);

/// The slides of a positioned map, one per page of PlanMapPages: the title (with
/// `suffix`, e.g. "现状", and "（2/3）" when split), subtitle, bands as shapes behind,
/// every node as a rounded rectangle coloured by status with its lines as editable text,
/// every edge between two nodes of the page as a connector glued to both, edges to
/// other pages named in a note, the legend as shapes, the notes at the bottom. A page
/// that fits is centred and may be drawn up to 1.5 times larger; type is never below
/// kMinSlidePoints.
std::vector<std::string> MapSlides(const PositionedScene& map, const std::string& suffix);

}  // namespace chainmap
