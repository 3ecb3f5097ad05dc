#include "render/graphviz_positions.h"

#include <gvc.h>

#include <cstdio>
#include <map>
#include <string>

namespace chainmap {
namespace {

constexpr double kPointsPerInch = 72;

/// Graphviz's coordinates to the page's.
struct PageFrame {
  boxf bb{};
  double pad_x = 4;
  double pad_y = 4;

  ScenePoint Point(pointf p) const { return {p.x - bb.LL.x + pad_x, bb.UR.y - p.y + pad_y}; }
  SceneBox Box(boxf b) const {
    const ScenePoint top_left = Point({b.LL.x, b.UR.y});
    return {top_left.x, top_left.y, b.UR.x - b.LL.x, b.UR.y - b.LL.y};
  }
  SceneBox Centred(pointf centre, double width, double height) const {
    return Box({{centre.x - width / 2, centre.y - height / 2},
                {centre.x + width / 2, centre.y + height / 2}});
  }
};

PageFrame FrameOf(Agraph_t* graph) {
  PageFrame frame;
  frame.bb = GD_bb(graph);
  if (const char* pad = agget(graph, const_cast<char*>("pad")); pad && *pad) {
    double x = 0, y = 0;
    const int read = std::sscanf(pad, "%lf,%lf", &x, &y);
    if (read >= 1) frame.pad_x = frame.pad_y = x * kPointsPerInch;
    if (read == 2) frame.pad_y = y * kPointsPerInch;
  }
  return frame;
}

/// Every cluster of the graph by name, at any depth.
void Clusters(Agraph_t* graph, std::map<std::string, Agraph_t*>& out) {
  for (Agraph_t* sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
    out[agnameof(sub)] = sub;
    Clusters(sub, out);
  }
}

SceneBox LabelBox(const PageFrame& frame, Agraph_t* graph) {
  const textlabel_t* label = GD_label(graph);
  if (!label) return {};
  return frame.Centred(label->pos, label->dimen.x, label->dimen.y);
}

/// The spline of an edge, ending where its arrow head touches the target: Graphviz ends
/// the spline at the arrow's base, so a straight segment to the tip is added.
EdgePath PathOf(const PageFrame& frame, Agedge_t* edge) {
  EdgePath path;
  const splines* spl = ED_spl(edge);
  if (!spl || spl->size == 0) return path;
  const bezier& bz = spl->list[0];
  if (bz.sflag) {
    const pointf tip = bz.sp, base = bz.list[0];
    path.points.push_back(frame.Point(tip));
    path.points.push_back(frame.Point({(2 * tip.x + base.x) / 3, (2 * tip.y + base.y) / 3}));
    path.points.push_back(frame.Point({(tip.x + 2 * base.x) / 3, (tip.y + 2 * base.y) / 3}));
  }
  for (int i = 0; i < bz.size; ++i) path.points.push_back(frame.Point(bz.list[i]));
  if (bz.eflag) {
    const pointf base = bz.list[bz.size - 1], tip = bz.ep;
    path.points.push_back(frame.Point({(2 * base.x + tip.x) / 3, (2 * base.y + tip.y) / 3}));
    path.points.push_back(frame.Point({(base.x + 2 * tip.x) / 3, (base.y + 2 * tip.y) / 3}));
    path.points.push_back(frame.Point(tip));
  }
  return path;
}

}  // namespace

PositionedScene PositionsOf(const LaidOutGraph& laid_out, MapScene scene) {
  Agraph_t* graph = laid_out.graph();
  const PageFrame frame = FrameOf(graph);
  PositionedScene positioned;
  positioned.width = frame.bb.UR.x - frame.bb.LL.x + 2 * frame.pad_x;
  positioned.height = frame.bb.UR.y - frame.bb.LL.y + 2 * frame.pad_y;

  std::vector<Agnode_t*> nodes;
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    std::string name = "n" + std::to_string(i);
    Agnode_t* node = agnode(graph, name.data(), 0);
    nodes.push_back(node);
    positioned.nodes.push_back(node ? frame.Centred(ND_coord(node), ND_width(node) * kPointsPerInch,
                                                    ND_height(node) * kPointsPerInch)
                                    : SceneBox{});
  }
  std::map<std::string, Agraph_t*> clusters;
  Clusters(graph, clusters);
  for (std::size_t b = 0; b < scene.bands.size(); ++b) {
    const std::string key = scene.bands[b].key.empty() ? std::to_string(b) : scene.bands[b].key;
    const auto it = clusters.find("cluster_" + key);
    positioned.bands.push_back(it == clusters.end() ? SceneBox{} : frame.Box(GD_bb(it->second)));
  }
  // The edges between two nodes, in the order the graph holds them, are taken in turn.
  std::map<std::pair<Agnode_t*, Agnode_t*>, std::vector<Agedge_t*>> between;
  for (Agnode_t* node : nodes) {
    if (!node) continue;
    for (Agedge_t* e = agfstout(graph, node); e; e = agnxtout(graph, e))
      between[{agtail(e), aghead(e)}].push_back(e);
  }
  std::map<std::pair<Agnode_t*, Agnode_t*>, std::size_t> taken;
  for (const SceneEdge& edge : scene.edges) {
    const std::pair key{nodes[edge.from], nodes[edge.to]};
    const auto it = between.find(key);
    std::size_t& k = taken[key];
    if (it == between.end() || k >= it->second.size()) {
      positioned.edges.emplace_back();
      continue;
    }
    positioned.edges.push_back(PathOf(frame, it->second[k++]));
  }
  if (scene.kind == MapKind::kOverview) {
    const auto zone = clusters.find("cluster_zone");
    if (zone != clusters.end()) positioned.header = LabelBox(frame, zone->second);
    positioned.legend = LabelBox(frame, graph);
  } else {
    // The legend sits inside the header, to the right of the title.
    positioned.header = LabelBox(frame, graph);
    positioned.legend = positioned.header;
  }
  positioned.scene = std::move(scene);
  return positioned;
}

}  // namespace chainmap
