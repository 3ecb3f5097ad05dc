#include "render/scene_json.h"

#include <cmath>

#include "src/analysis/link_status.h"
#include "src/io/json_writer.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

double Rounded(double value) { return std::round(value * 100) / 100; }

Json BoxJson(const SceneBox& box) {
  return {{"x", Rounded(box.x)},
          {"y", Rounded(box.y)},
          {"width", Rounded(box.width)},
          {"height", Rounded(box.height)}};
}

std::string_view RoleName(SceneTextRole role) {
  switch (role) {
    case SceneTextRole::kTitle:
      return "title";
    case SceneTextRole::kLeader:
      return "leader";
    case SceneTextRole::kEnterprise:
      return "enterprise";
    case SceneTextRole::kProject:
      return "project";
    case SceneTextRole::kTarget:
      return "target";
    case SceneTextRole::kMuted:
      return "muted";
    case SceneTextRole::kTargetsHeading:
      return "targets_heading";
    case SceneTextRole::kChange:
      return "change";
  }
  return "";
}

std::string_view KindName(SceneNodeKind kind) {
  switch (kind) {
    case SceneNodeKind::kLink:
      return "link";
    case SceneNodeKind::kCard:
      return "card";
    case SceneNodeKind::kSmallLink:
      return "small_link";
  }
  return "";
}

std::string_view MapKindName(MapKind kind) {
  switch (kind) {
    case MapKind::kChain:
      return "chain";
    case MapKind::kOverview:
      return "overview";
    case MapKind::kIndex:
      return "index";
  }
  return "";
}

Json StatusJson(std::optional<LinkStatus> status) {
  if (!status) return nullptr;
  return std::string(ToString(*status));
}

}  // namespace

std::string PositionedSceneJson(const PositionedScene& p) {
  const MapScene& s = p.scene;
  Json out;
  out["kind"] = MapKindName(s.kind);
  out["id"] = s.key;
  out["units"] = "pt";
  out["width"] = Rounded(p.width);
  out["height"] = Rounded(p.height);
  out["title"] = s.title;
  out["subtitle"] = s.subtitle;
  out["notes"] = s.notes;
  out["header"] = BoxJson(p.header);
  out["legend"] = BoxJson(p.legend);
  Json legend = Json::array();
  for (const SceneLegendEntry& e : s.legend)
    legend.push_back(
        {{"status", StatusJson(e.status)}, {"badge", e.badge}, {"meaning", e.meaning}});
  out["legend_entries"] = legend;
  Json bands = Json::array();
  for (std::size_t b = 0; b < s.bands.size(); ++b)
    bands.push_back(
        {{"id", s.bands[b].key}, {"title", s.bands[b].title}, {"box", BoxJson(p.bands[b])}});
  out["bands"] = bands;
  Json nodes = Json::array();
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    const SceneNode& n = s.nodes[i];
    Json node;
    node["id"] = n.key;
    node["kind"] = KindName(n.kind);
    node["status"] = StatusJson(n.status);
    node["band"] = n.band ? Json(*n.band) : Json(nullptr);
    node["context"] = n.context;
    node["box"] = BoxJson(p.nodes[i]);
    Json lines = Json::array();
    for (const SceneText& t : n.lines)
      lines.push_back({{"text", t.text}, {"role", RoleName(t.role)}});
    node["lines"] = lines;
    if (n.completeness) node["completeness"] = Rounded(*n.completeness);
    if (n.counts)
      node["counts"] = {{"strong", (*n.counts)[0]},
                        {"weak", (*n.counts)[1]},
                        {"filling", (*n.counts)[2]},
                        {"missing", (*n.counts)[3]},
                        {"unknown", (*n.counts)[4]}};
    if (!n.link.empty()) node["link"] = n.link;
    nodes.push_back(node);
  }
  out["nodes"] = nodes;
  Json edges = Json::array();
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    const SceneEdge& e = s.edges[i];
    Json points = Json::array();
    for (const ScenePoint& pt : p.edges[i].points) points.push_back({Rounded(pt.x), Rounded(pt.y)});
    Json edge{
        {"from", e.from}, {"to", e.to}, {"cross_chain", e.cross_chain}, {"backwards", e.backwards}};
    if (e.count > 1) edge["count"] = e.count;
    edge["points"] = points;
    edges.push_back(edge);
  }
  out["edges"] = edges;
  return WriteJson(out);
}

}  // namespace chainmap
