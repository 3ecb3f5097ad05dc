#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "src/analysis/link_status.h"

namespace chainmap {

/// How a line of a node's label is set: its role decides size, weight and colour, which
/// only map_style knows (a scene never knows colours, fonts or its output format).
enum class SceneTextRole {
  kTitle,       ///< The link's (or chain's) name.
  kLeader,      ///< A 链主 enterprise, starred.
  kEnterprise,  ///< A local enterprise.
  kProject,     ///< A project listing the link, with its stage.
  kTarget,      ///< A recruitment target under a missing link, with its score.
  kMuted,       ///< "等 N 家", counts, context.
};

/// One line of text in a node, as it is shown (Chinese, already shortened).
struct SceneText {
  std::string text;
  SceneTextRole role = SceneTextRole::kEnterprise;
};

/// A band of the map (上游 / 中游 / 下游, or a chain group on the overview).
struct SceneBand {
  std::string title;
};

/// A node of the map: a link of a chain (or a chain on the overview).
struct SceneNode {
  std::string key;  ///< Stable id of what the node stands for (the link id); never shown.
  std::vector<SceneText> lines;  ///< lines[0] is the name (kTitle).
  std::optional<LinkStatus> status;  ///< nullopt: not analysed (drawn grey).
  std::optional<std::size_t> band;   ///< Index into MapScene::bands, if any.
  bool context = false;  ///< A grey context node (a detail map's neighbour).
};

/// An arrow from one node to another (supply flows from `from` to `to`).
struct SceneEdge {
  std::size_t from = 0;  ///< Index into MapScene::nodes.
  std::size_t to = 0;
  bool cross_chain = false;  ///< Drawn dashed: an edge to or from another chain.
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
  std::string title;
  std::string subtitle;
  std::vector<std::string> notes;  ///< Header lines: the status note, the sources.
  std::vector<SceneLegendEntry> legend;
  std::vector<SceneBand> bands;
  std::vector<SceneNode> nodes;
  std::vector<SceneEdge> edges;
};

}  // namespace chainmap
