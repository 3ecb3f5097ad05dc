#pragma once

#include <vector>

#include "render/map_scene.h"

namespace chainmap {

/// A point in points (1/72 in), origin at the top-left of the page, y growing downwards.
struct ScenePoint {
  double x = 0;
  double y = 0;
};

/// An axis-aligned box in points: its top-left corner and size.
struct SceneBox {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

/// An edge's path as Graphviz routes it: a cubic Bézier spline, points[0] the start and
/// then three points per segment (two controls and the segment's end); the last point
/// is where the arrow head touches the target node.
struct EdgePath {
  std::vector<ScenePoint> points;
};

/// A scene with positions: where every node, band, edge and the header and legend sit
/// on a page of `width` × `height` points. One entry per scene element, same order.
/// A writer (SVG/PNG/PDF through gvc, PPTX, HTML) draws from this and never lays out again.
struct PositionedScene {
  MapScene scene;
  double width = 0;
  double height = 0;
  std::vector<SceneBox> nodes;  ///< One per scene.nodes.
  std::vector<SceneBox> bands;  ///< One per scene.bands.
  std::vector<EdgePath> edges;  ///< One per scene.edges.
  SceneBox header;              ///< Title, subtitle and notes.
  SceneBox legend;              ///< The legend's box (empty when there is none).
};

}  // namespace chainmap
