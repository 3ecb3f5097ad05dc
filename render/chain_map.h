#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "render/map_scene.h"
#include "render/page.h"
#include "src/analysis/link_status.h"
#include "src/model/wording.h"
#include "src/model/zone.h"

namespace chainmap {

/// A recruitment target shown under a missing link.
struct MapTarget {
  std::string name;
  std::optional<double> score;  ///< Shown with two decimals when known.
};

/// A project shown under a link it lists: its name and stage (洽谈/意向, 签约, …).
struct MapProject {
  std::string name;
  ProjectStage stage = ProjectStage::kPlanned;
};

/// What a chain map shows: the zone (names, enterprises, sources), which chain, and what
/// the analysis says about each link. Filled by the command line from the analysis;
/// the renderer computes nothing about the chain itself.
struct ChainMapInput {
  const Zone* zone = nullptr;
  std::size_t chain = 0;
  /// One per link of the chain, or empty: every status unknown (drawn grey).
  std::vector<std::optional<LinkStatus>> status;
  /// One per link of the chain (or empty): targets shown under missing links, best first.
  std::vector<std::vector<MapTarget>> targets;
  /// A line for the header's notes saying where the statuses come from; may be empty.
  std::string status_note;
  /// One per link of the chain (or empty): the projects not yet operating that list the
  /// link, most advanced first; a filling link names what fills it.
  std::vector<std::vector<MapProject>> projects;
  /// One per link of the chain (or empty): how the link changed since an earlier state
  /// ("缺 → 在补"), shown under its name on a diff's map; empty for an unchanged link.
  std::vector<std::string> changes;
  /// The language of the map's names and fixed wording (names from `name.en` in English;
  /// enterprises and projects have none and stay as they are).
  Language language = Language::kZh;
};

/// A part of a large chain, drawn on a detail map of its own: its links in full, the
/// links that feed them or that they feed in grey (see map_split.h).
struct ChainPart {
  std::string title;            ///< Shown after the chain's name: "第 2 部分 · 中游".
  std::set<std::size_t> links;  ///< Indices into the chain's links.
  std::string note;             ///< A header note (where the part sits in the chain); may be empty.
};

/// How a chain map is drawn.
struct ChainMapOptions {
  std::size_t max_targets = 0;      ///< Targets shown per missing link (--targets N).
  std::size_t max_enterprises = 6;  ///< Enterprise names per link; more become "等 N 家".
  std::size_t max_projects = 2;     ///< Projects per link; more become "等 N 个项目".
  /// A chain with more links than this is drawn compact (names, statuses and
  /// enterprise counts only); `stage` then draws one band in full.
  std::size_t max_full_links = 60;
  /// Draw only this band in full, with the links it touches in the other bands as
  /// grey context (a detail map of one stage).
  std::optional<Stage> stage;
  /// Grey neighbours shown on a detail map, at most (the first in the chain's order).
  std::size_t max_context = 20;
  /// Draw only this part in full (a detail map of a large chain); overrides `stage`.
  std::optional<ChainPart> part;
  PageOptions page;
};

/// The chain map's scene: the links in three bands 上游 / 中游 / 下游 from left to right,
/// each with its status, enterprise names (the 链主 starred), projects and targets under
/// missing links; a header with the title, the legend and notes with the sources.
/// Deterministic: nodes in the chain's order (hidden links left out), edges likewise.
MapScene ChainMapScene(const ChainMapInput& input, const ChainMapOptions& options);

}  // namespace chainmap
