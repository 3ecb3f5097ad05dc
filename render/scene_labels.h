#pragma once

#include <optional>

#include "render/html_label.h"
#include "render/map_scene.h"

namespace chainmap {

/// The badge cell of a node: the status's name in a small bordered box.
HtmlLabel BadgeCell(std::optional<LinkStatus> status, Language language = Language::kZh);

/// The legend: a swatch and its meaning per entry, then the legend's note.
HtmlLabel LegendLabel(const MapScene& scene);

/// A node's label, set by its kind: a link (name and badge, then its lines), a grey
/// context link, a card (name, completeness, bar, counts) or a small overview link.
HtmlLabel NodeLabel(const SceneNode& node, Language language = Language::kZh);

/// A chain or index map's header: title and subtitle on the left; the legend and the
/// notes on the right.
HtmlLabel HeaderLabel(const MapScene& scene);

}  // namespace chainmap
