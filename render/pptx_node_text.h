#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/pptx_slide.h"

namespace chainmap {

/// How the map's shapes look on a slide: the SVG map's styles (map_style) in DrawingML's
/// terms, and the map's text set at the layout's sizes times the slide's scale.

/// A text style's size on a slide drawn at `scale`: never below kMinSlidePoints, rounded
/// to half a point.
double SlidePoints(const TextStyle& style, double scale);

/// A link's outline by status: double for strong, solid for weak, dotted for filling,
/// dashed for missing, as on the SVG map.
PptxLine NodeOutline(std::optional<LinkStatus> status);

/// A node's shape: filled and outlined by status (a grey context node: white, dashed).
PptxShapeStyle NodeStyle(const SceneNode& node);

/// A node's lines as paragraphs: a link's name with its status badge, then its
/// enterprises, projects and targets; a card's lines with its completeness and its links
/// by status between them.
std::vector<PptxParagraph> NodeText(const SceneNode& node, double scale);

/// A band's shape (behind the links) and its title.
PptxShapeStyle BandStyle();
std::vector<PptxParagraph> BandText(const SceneBand& band, double scale);

/// A stub of a link drawn on another page: its name and the page.
PptxShapeStyle StubStyle();
std::vector<PptxParagraph> StubText(const std::string& name, std::size_t page);

/// An edge's connector: an arrow, dashed across chains or against the bands' order, as
/// thick as the SVG's when it stands for several edges.
PptxLine EdgeLine(const SceneEdge& edge);

}  // namespace chainmap
