#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "render/map_layout.h"

namespace chainmap {

/// How a positioned scene is written as SVG.
struct SceneSvgOptions {
  /// Prefix of the ids inside the SVG (the arrow marker), so that several maps can sit
  /// in one HTML page; ASCII letters, digits and '-'.
  std::string id_prefix = "map";
};

/// The class a node's group carries for its status: "st-strong", "st-weak",
/// "st-filling", "st-missing" or "st-none"; a page restyles a node by changing it.
std::string_view StatusClass(std::optional<LinkStatus> status);

/// Writes the scene as one <svg> element (no XML declaration, so that it can be inlined
/// in HTML): bands, edges as Bézier paths with arrow heads, nodes as rounded boxes with
/// their label lines and status badge, the header and the legend, all at the layout's
/// positions. Each node is a <g class="node st-…" data-key="KEY" data-node="N"> with a
/// <title> of its name; every text is escaped. Colours come from map_style, as presentation
/// attributes, so the SVG stands alone; SceneStatusCss() lets a page restyle a node.
void WriteSceneSvg(std::ostream& out, const PositionedScene& scene,
                   const SceneSvgOptions& options = {});

/// CSS rules that draw a node group, its badge and its double border by its status class
/// (they override the presentation attributes): for a page that switches statuses.
std::string SceneStatusCss();

}  // namespace chainmap
