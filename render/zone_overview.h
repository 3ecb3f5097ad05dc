#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render/map_scene.h"
#include "render/page.h"
#include "src/analysis/link_status.h"
#include "src/model/zone.h"

namespace chainmap {

/// What the zone overview shows: the zone, and what the analysis says per chain.
struct ZoneOverviewInput {
  const Zone* zone = nullptr;
  /// [chain][link] → status; empty: every status unknown.
  std::vector<std::vector<std::optional<LinkStatus>>> status;
  /// Per chain, its completeness in [0, 1]; empty or nullopt: not shown.
  std::vector<std::optional<double>> completeness;
  /// A line for the footnote saying where the statuses come from; may be empty.
  std::string status_note;
  /// The language of the names and fixed wording.
  Language language = Language::kZh;
};

/// How the overview is drawn.
struct ZoneOverviewOptions {
  PageOptions page;
};

/// The zone overview's scene: one card per chain, side by side in the zone's order, each
/// with its completeness, a bar of its links by status and the count per status; under
/// each card the links taking part in cross-chain edges; those edges between them.
MapScene OverviewScene(const ZoneOverviewInput& input);

}  // namespace chainmap
