#pragma once

#include <cstddef>
#include <vector>

#include "render/map_layout.h"

namespace chainmap {

/// A stub: a small shape on a slide standing for a link drawn on another slide, so that an
/// edge to it is still a connector glued at both ends. Its size on the slide, in points.
inline constexpr double kStubWidth = 84;
inline constexpr double kStubHeight = 30;
inline constexpr double kStubGap = 14;

/// The smallest scale at which every text of the map is at least kMinSlidePoints on the
/// slide: 10 over the smallest size the layout sets a text in (band titles, node lines;
/// sizes under 10 points, a badge's 9, are left out: the slide sets them at 10).
double MinMapScale(const MapScene& scene);

/// One slide's share of a positioned map: the nodes it shows in full and the part of
/// the drawing (in the layout's points) it covers.
struct MapPage {
  std::vector<std::size_t> nodes;  ///< Indices into the scene's nodes, in scene order.
  SceneBox region;
};

/// Splits the drawing into pages that each fit a `width` × `height` area (slide points)
/// when drawn at `scale`, with room beside them for the stubs of links on other pages:
/// the whole map when it fits; else columns of whole bands where every band fits (a chain
/// split by stage), otherwise columns cut by position (by part of the chain), each column
/// cut into rows only when it is too tall. Every node is on exactly one page.
std::vector<MapPage> PlanMapPages(const PositionedScene& map, double width, double height,
                                  double scale);

/// The bands of a page cut to its nodes (with room for their titles), in band order.
std::vector<std::pair<std::size_t, SceneBox>> PageBands(const PositionedScene& map,
                                                        const std::vector<std::size_t>& nodes);

/// A stub placed around a page's region: `node` is the link on another page.
struct Stub {
  std::size_t node = 0;
  SceneBox box;  ///< In the layout's points, outside the page's region.
};

/// Places the stubs of `others` around `region` (layout points; stubs sized for `scale`):
/// left or right of it when the link lies that way, else above or below; stubs on one
/// side are stacked in the order of their links without overlapping.
std::vector<Stub> PlaceStubs(const PositionedScene& map, const SceneBox& region,
                             const std::vector<std::size_t>& others, double scale);

/// The smallest box holding both.
SceneBox Union(const SceneBox& a, const SceneBox& b);

}  // namespace chainmap
