#include "render/scene_dot.h"

#include <algorithm>
#include <cstdio>

#include "render/dot_graph.h"
#include "render/map_style.h"
#include "render/scene_labels.h"

namespace chainmap {
namespace {

using V = DotValue;

std::string NodeName(std::size_t i) { return "n" + std::to_string(i); }

std::string BandName(const MapScene& scene, std::size_t b) {
  return "cluster_" + (scene.bands[b].key.empty() ? std::to_string(b) : scene.bands[b].key);
}

DotValue Colour(std::string_view colour) { return V::Quoted(colour); }

DotValue PenWidth(double width) {
  char pen[16];
  std::snprintf(pen, sizeof pen, "%.1f", width);
  return V::Id(pen);
}

void PageAttributes(DotGraph& dot, const PageOptions& page) {
  // Scaled up or down, proportions kept, to the largest size that fits the slide; the
  // renderer pads the drawing to the slide's shape (PageAspect).
  if (page.preset == PagePreset::kSlide)
    dot.Graph({{"size", V::Quoted("13.333,7.5!")}, {"margin", V::Id("0")}});
}

/// What a reader sees on hovering over a node: its name and status ("炼钢（强）"), never an id.
std::string NodeTip(const SceneNode& node, Language language) {
  std::string tip = node.lines.empty() ? std::string() : node.lines.front().text;
  if (node.status)
    tip = Fill(WordingFor(language).name_status, {tip, StyleFor(node.status, language).badge});
  return tip;
}

/// An edge's tooltip: "炼钢 → 线材" (Graphviz would show its node ids).
std::string EdgeTip(const MapScene& scene, const SceneEdge& e) {
  const auto name = [&](std::size_t n) {
    const SceneNode& node = scene.nodes[n];
    return node.lines.empty() ? std::string() : node.lines.front().text;
  };
  return name(e.from) + " → " + name(e.to);
}

/// A node in its status's style; a context node grey and dashed; a card plain.
DotAttributes NodeAttributes(const SceneNode& node, Language language) {
  DotAttributes a{{"label", V::Html(NodeLabel(node, language))}};
  if (node.context) {
    a.push_back({"style", V::Quoted("rounded,dashed")});
    a.push_back({"color", Colour(kBandBorder)});
    a.push_back({"tooltip", V::Quoted(NodeTip(node, language))});
    return a;
  }
  if (node.kind == SceneNodeKind::kCard) {
    if (!node.link.empty()) a.push_back({"URL", V::Quoted(node.link)});
    a.push_back({"tooltip", V::Quoted(NodeTip(node, language))});
    return a;
  }
  const StatusStyle s = StyleFor(node.status);
  a.push_back({"style", V::Quoted(s.style)});
  a.push_back({"fillcolor", Colour(s.fill)});
  a.push_back({"color", Colour(s.border)});
  a.push_back({"penwidth", PenWidth(node.kind == SceneNodeKind::kSmallLink ? 1.2 : s.penwidth)});
  if (s.peripheries > 1) a.push_back({"peripheries", V::Id(std::to_string(s.peripheries))});
  a.push_back({"tooltip", V::Quoted(NodeTip(node, language))});
  return a;
}

/// A chain map or index map: header on top, the bands from left to right in order.
std::string BandedDot(const MapScene& scene, const PageOptions& page) {
  const V font = V::Quoted(kMapFont);
  DotGraph dot(scene.key);
  dot.Graph({{"rankdir", V::Id("LR")},
             {"fontname", font},
             {"bgcolor", Colour(kBackground)},
             {"pad", V::Id("0.3")},
             {"nodesep", V::Id("0.22")},
             {"ranksep", V::Id("0.55")},
             {"newrank", V::Id("false")},
             {"labelloc", V::Id("t")},
             {"labeljust", V::Id("l")}});
  PageAttributes(dot, page);
  // The graph's label sits outside the drawing, so no edge can cross the header.
  // Tooltips everywhere: a browser would otherwise show a graph's or cluster's DOT name.
  dot.Graph({{"label", V::Html(HeaderLabel(scene))}, {"tooltip", V::Quoted(scene.title)}});
  dot.NodeDefaults({{"shape", V::Id("box")},
                    {"fontname", font},
                    {"fontsize", V::Id("12")},
                    {"margin", V::Quoted("0.08,0.05")},
                    {"fontcolor", Colour(kTextColour)}});
  dot.EdgeDefaults(
      {{"color", Colour(kEdgeColour)}, {"arrowsize", V::Id("0.7")}, {"penwidth", V::Id("1.2")}});
  dot.Open("cluster_map");
  dot.Graph({{"label", V::Quoted("")},
             {"penwidth", V::Id("0")},
             {"margin", V::Id("12")},
             {"tooltip", V::Quoted(scene.title)}});
  for (std::size_t b = 0; b < scene.bands.size(); ++b) {
    dot.Open(BandName(scene, b));
    dot.Graph({{"label", V::Html(HtmlLabel::Font(scene.bands[b].title, kBandTitle))},
               {"tooltip", V::Quoted(scene.bands[b].title)},
               {"labelloc", V::Id("t")},
               {"labeljust", V::Id("c")},
               {"style", V::Quoted("filled,rounded")},
               {"fillcolor", Colour(kBandFill)},
               {"color", Colour(kBandBorder)},
               {"penwidth", V::Id("1")},
               {"margin", V::Id("14")}});
    for (std::size_t i = 0; i < scene.nodes.size(); ++i)
      if (scene.nodes[i].band == b)
        dot.Node(NodeName(i), NodeAttributes(scene.nodes[i], scene.language));
    dot.Close();
  }
  // Invisible gates keep the bands in order from left to right: every node of band b
  // lies between gate b-1 and gate b.
  const std::size_t gates = scene.bands.empty() ? 0 : scene.bands.size() - 1;
  const DotAttributes gate{{"shape", V::Id("point")},
                           {"width", V::Id("0")},
                           {"height", V::Id("0")},
                           {"style", V::Id("invis")},
                           {"label", V::Quoted("")}};
  for (std::size_t g = 0; g < gates; ++g) dot.Node("gate" + std::to_string(g), gate);
  for (std::size_t i = 0; i < scene.nodes.size(); ++i)
    if (!scene.nodes[i].band) dot.Node(NodeName(i), NodeAttributes(scene.nodes[i], scene.language));
  dot.Close();
  dot.EdgeDefaults({{"style", V::Id("invis")}, {"weight", V::Id("1")}});
  for (std::size_t g = 0; g + 1 < gates; ++g)
    dot.Edge("gate" + std::to_string(g), "gate" + std::to_string(g + 1));
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    if (!scene.nodes[i].band) continue;
    const std::size_t b = *scene.nodes[i].band;
    if (b > 0) dot.Edge("gate" + std::to_string(b - 1), NodeName(i));
    if (b < gates) dot.Edge(NodeName(i), "gate" + std::to_string(b));
  }
  dot.EdgeDefaults({{"style", V::Id("solid")}, {"weight", V::Id("2")}});
  for (const SceneEdge& e : scene.edges) {
    DotAttributes a;
    if (e.backwards) {  // e.g. scrap returning
      a = {{"constraint", V::Id("false")}, {"style", V::Id("dashed")}};
    } else if (e.cross_chain) {
      a = {{"style", V::Id("dashed")}};
    }
    if (e.count > 1)
      a.push_back({"penwidth", PenWidth(std::min(1.2 + 0.4 * double(e.count), 6.0))});
    a.push_back({"tooltip", V::Quoted(EdgeTip(scene, e))});
    dot.Edge(NodeName(e.from), NodeName(e.to), a);
  }
  return dot.Text();
}

/// The overview: the cards in a row in the zone's order, under each its boundary links;
/// title above, legend and notes below.
std::string OverviewDot(const MapScene& scene, const PageOptions& page) {
  const V font = V::Quoted(kMapFont);
  DotGraph dot(scene.key);
  dot.Graph({{"rankdir", V::Id("TB")},
             {"fontname", font},
             {"bgcolor", Colour(kBackground)},
             {"pad", V::Id("0.3")},
             {"nodesep", V::Id("0.3")},
             {"ranksep", V::Id("0.25")},
             {"newrank", V::Id("true")},
             {"labelloc", V::Id("b")},
             {"labeljust", V::Id("c")}});
  PageAttributes(dot, page);
  HtmlLabel footer("TABLE", {{"BORDER", "0"}, {"CELLBORDER", "0"}, {"CELLSPACING", "2"}});
  footer.Add(Row(LegendLabel(scene)));
  for (const std::string& note : scene.notes)
    footer.Add(Row(HtmlLabel::Font(note, kHeaderNote), {{"ALIGN", "LEFT"}}));
  dot.Graph({{"label", V::Html(footer)}, {"tooltip", V::Quoted(scene.title)}});
  dot.NodeDefaults({{"shape", V::Id("box")},
                    {"style", V::Quoted("rounded,filled")},
                    {"fillcolor", Colour(kBackground)},
                    {"color", Colour(kBandBorder)},
                    {"penwidth", V::Id("1.4")},
                    {"fontname", font},
                    {"margin", V::Quoted("0.12,0.08")}});
  dot.EdgeDefaults({{"color", Colour(kEdgeColour)},
                    {"fontname", font},
                    {"fontsize", V::Id("9")},
                    {"fontcolor", Colour(kEdgeColour)},
                    {"arrowsize", V::Id("0.7")},
                    {"penwidth", V::Id("1.3")}});
  dot.Open("cluster_zone");
  HtmlLabel title = HtmlLabel::Text("");
  title.Add(HtmlLabel::Font(scene.title, kHeaderTitle))
      .Add(HtmlLabel("BR"))
      .Add(HtmlLabel::Font(scene.subtitle, kHeaderSubtitle));
  dot.Graph({{"label", V::Html(title)},
             {"tooltip", V::Quoted(scene.title)},
             {"labelloc", V::Id("t")},
             {"labeljust", V::Id("l")},
             {"penwidth", V::Id("0")},
             {"margin", V::Id("12")}});
  std::vector<std::string> cards;
  for (std::size_t b = 0; b < scene.bands.size(); ++b) {
    dot.Open(BandName(scene, b));
    dot.Graph({{"label", V::Quoted("")},
               {"tooltip", V::Quoted(scene.bands[b].title)},
               {"style", V::Quoted("filled,rounded")},
               {"fillcolor", Colour(kBandFill)},
               {"color", Colour(kBandBorder)},
               {"penwidth", V::Id("1")},
               {"margin", V::Id("10")}});
    std::string previous;
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
      if (scene.nodes[i].band != b) continue;
      dot.Node(NodeName(i), NodeAttributes(scene.nodes[i], scene.language));
      if (previous.empty()) {
        cards.push_back(NodeName(i));
      } else {
        dot.Edge(previous, NodeName(i), {{"style", V::Id("invis")}});
      }
      previous = NodeName(i);
    }
    dot.Close();
  }
  dot.Close();
  dot.SameRank(cards);
  for (std::size_t c = 0; c + 1 < cards.size(); ++c)
    dot.Edge(cards[c], cards[c + 1], {{"style", V::Id("invis")}});
  // Cross-chain edges, never labelled: Graphviz 2.42 double-frees labelled flat edges in
  // gvFreeLayout.
  for (const SceneEdge& e : scene.edges)
    dot.Edge(NodeName(e.from), NodeName(e.to),
             {{"constraint", V::Id("false")}, {"tooltip", V::Quoted(EdgeTip(scene, e))}});
  return dot.Text();
}

}  // namespace

std::string SceneDot(const MapScene& scene, const PageOptions& page) {
  return scene.kind == MapKind::kOverview ? OverviewDot(scene, page) : BandedDot(scene, page);
}

}  // namespace chainmap
