#pragma once

#include <string>
#include <vector>

#include "render/map_layout.h"

namespace chainmap {

/// The map area of a slide (below the title, above the notes), in slide points.
SceneBox MapArea(const PositionedScene& map);

/// The slides of a positioned map (as Graphviz laid it out for the SVG map): the map is
/// scaled to fill the slide's map area, as far down as MinMapScale allows (no text below
/// kMinSlidePoints) and up to 1.5; a map that does not fit at that scale is split into
/// pages (PlanMapPages), one slide each. Each slide: the title (with `suffix`, e.g.
/// "现状", and "（2/3）" when split), subtitle and legend as shapes; the bands as shapes
/// behind; every node a rounded rectangle styled by status with its lines as editable
/// text, set at the layout's sizes times the scale; every edge a connector glued to the
/// connection sites of its two shapes that face the ends of Graphviz's path (an edge to a
/// link on another page is glued to a stub of that link, named "续 · <link>"); the notes.
std::vector<std::string> MapSlides(const PositionedScene& map, const std::string& suffix);

}  // namespace chainmap
