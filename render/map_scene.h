#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "src/analysis/link_status.h"
#include "src/model/wording.h"

namespace chainmap {

/// How a line of a node's label is set: its role decides size, weight and colour, which
/// only map_style knows (a scene never knows colours, fonts or its output format).
enum class SceneTextRole {
  kTitle,           ///< The link's (or chain's) name.
  kLeader,          ///< A 链主 enterprise, starred.
  kEnterprise,      ///< A local enterprise.
  kProject,         ///< A project listing the link, with its stage.
  kTarget,          ///< A recruitment target under a missing link, with its score.
  kMuted,           ///< "等 N 家", counts, context.
  kTargetsHeading,  ///< "招引目标" above a missing link's targets.
  kChange,          ///< How the link changed since an earlier state (a diff's map).
};

/// Which kind of map a scene is: it decides where header and legend go.
enum class MapKind {
  kChain,     ///< A chain map (or a detail map of part of it): links in bands, header on top.
  kOverview,  ///< The zone overview: chain cards side by side, legend at the bottom.
  kIndex,     ///< A large chain's index map: its parts as cards, header on top.
};

/// One line of text in a node, as it is shown (Chinese, already shortened).
struct SceneText {
  std::string text;
  SceneTextRole role = SceneTextRole::kEnterprise;
};

/// A band of the map (上游 / 中游 / 下游, or a chain group on the overview).
struct SceneBand {
  std::string title;
  std::string key;  ///< Stable id of the band ("upstream", a chain's id); never shown.
};

/// What a node stands for, which decides how its lines are set.
enum class SceneNodeKind {
  kLink,       ///< A link on a chain map: name and badge, then enterprises, projects, targets.
  kCard,       ///< A chain (overview) or a part of a chain (index map): name, figures, bar.
  kSmallLink,  ///< A link on the overview, taking part in a cross-chain edge: name and badge.
};

/// The number of links per status on a card: strong, weak, filling, missing, unknown.
using StatusCounts = std::array<std::size_t, 5>;

/// A node of the map: a link of a chain (or a chain on the overview).
struct SceneNode {
  std::string key;  ///< Stable id of what the node stands for (the link id); never shown.
  std::vector<SceneText> lines;      ///< lines[0] is the name (kTitle).
  std::optional<LinkStatus> status;  ///< nullopt: not analysed (drawn grey).
  std::optional<std::size_t> band;   ///< Index into MapScene::bands, if any.
  bool context = false;              ///< A grey context node (a detail map's neighbour).
  SceneNodeKind kind = SceneNodeKind::kLink;
  /// kCard: the share of the chain (or part) that is complete, in [0, 1], when known.
  std::optional<double> completeness;
  /// kCard: its links by status, drawn as a bar and as counts between the card's
  /// lines[0..n-2] and its last line.
  std::optional<StatusCounts> counts;
  /// A detail map this node opens (an index map's part), relative to the index; may be empty.
  std::string link;
};

/// An arrow from one node to another (supply flows from `from` to `to`).
struct SceneEdge {
  std::size_t from = 0;  ///< Index into MapScene::nodes.
  std::size_t to = 0;
  bool cross_chain = false;  ///< Drawn dashed: an edge to or from another chain.
  bool backwards = false;    ///< Against the bands' order (scrap returning): dashed, no rank.
  std::size_t count = 1;     ///< How many edges of the chain it stands for (index map).
};

/// One entry of the legend: a status's badge and what it means.
struct SceneLegendEntry {
  std::optional<LinkStatus> status;
  std::string badge;    ///< 强, 弱, 在补, 缺, 未评.
  std::string meaning;  ///< The explanation shown beside it.
};

/// What a map shows, independent of where and how it is drawn: the title and notes of
/// its header, the legend, the bands and the nodes and edges. Built by chain_map /
/// zone_overview from the zone and the analysis; laid out by map_layout.
struct MapScene {
  std::string key;  ///< Stable id of the map (the chain's or the zone's id); never shown.
  std::string title;
  std::string subtitle;
  std::vector<std::string> notes;  ///< Header lines: the status note, the sources.
  std::vector<SceneLegendEntry> legend;
  std::string legend_note;  ///< Shown after the legend's entries: "★ 链主    → 供给关系".
  std::vector<SceneBand> bands;
  std::vector<SceneNode> nodes;
  std::vector<SceneEdge> edges;
  MapKind kind = MapKind::kChain;
  /// The language of its words: writers take the status badges and the cards' fixed
  /// words from its catalogue (src/model/wording.h).
  Language language = Language::kZh;
};

}  // namespace chainmap
