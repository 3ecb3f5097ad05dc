#include "render/scene_svg.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "render/map_style.h"
#include "src/io/xml_escape.h"

namespace chainmap {
namespace {

/// A coordinate with one decimal, locale-independent, without a trailing ".0".
std::string N(double value) {
  std::array<char, 32> buf{};
  const auto result =
      std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::fixed, 1);
  std::string text(buf.data(), result.ptr);
  if (text.size() > 2 && text.ends_with(".0")) text.resize(text.size() - 2);
  if (text == "-0") text = "0";
  return text;
}

std::string E(std::string_view text) { return XmlEscape(text); }

constexpr double kLineGap = 1.3;  // line height as a multiple of the font size

std::string Text(double x, double y, const TextStyle& s, std::string_view text,
                 std::string_view cls = "") {
  std::string out = "<text x=\"" + N(x) + "\" y=\"" + N(y) + "\" font-size=\"" +
                    std::to_string(s.points) + "\" fill=\"" + std::string(s.colour) + "\"";
  if (s.bold) out += " font-weight=\"bold\"";
  if (!cls.empty()) out += " class=\"" + std::string(cls) + "\"";
  return out + ">" + E(text) + "</text>";
}

std::string Rect(const SceneBox& b, double radius, std::string_view attributes) {
  return "<rect x=\"" + N(b.x) + "\" y=\"" + N(b.y) + "\" width=\"" + N(b.width) + "\" height=\"" +
         N(b.height) + "\" rx=\"" + N(radius) + "\" " + std::string(attributes) + "/>";
}

std::string Dashes(std::optional<LinkStatus> status) {
  if (status == LinkStatus::kMissing) return " stroke-dasharray=\"6 3\"";
  if (status == LinkStatus::kFilling) return " stroke-dasharray=\"2 2\"";
  return "";
}

/// A chain's card, as the printed map draws it (render/scene_labels.cc, CardLabel): its
/// name, its completeness in large type, a bar and the counts per status, then its last line.
void WriteCardText(std::ostream& out, const SceneNode& node, const SceneBox& box,
                   Language language) {
  const Wording& w = WordingFor(language);
  const double x = box.x + 8;
  double y = box.y + 6;
  const auto line = [&](const SceneText& t, bool first) {
    const TextStyle ts = TextStyleFor(node.kind, t.role, false);
    y += ts.points * (first ? 1.0 : kLineGap);
    out << Text(x, y, ts, t.text, first ? "name" : "");
  };
  for (std::size_t i = 0; i + 1 < node.lines.size(); ++i) line(node.lines[i], i == 0);
  if (node.completeness) {
    y += kCompleteness.points * kLineGap;
    out << "<text x=\"" << N(x) << "\" y=\"" << N(y) << "\" class=\"completeness\">"
        << "<tspan font-size=\"" << kCompleteness.points << "\" font-weight=\"bold\" fill=\""
        << kCompleteness.colour << "\">" << std::lround(*node.completeness * 100) << "%</tspan>"
        << "<tspan font-size=\"" << kCompletenessUnit.points << "\" fill=\""
        << kCompletenessUnit.colour << "\">" << E(w.completeness) << "</tspan></text>";
  }
  if (node.counts) {
    const StatusCounts& counts = *node.counts;
    std::size_t total = 0;
    for (std::size_t n : counts) total += n;
    y += 8;
    double bar_x = x;
    const double width = std::max(0.0, box.width - 16);
    for (std::size_t k = 0; k < counts.size() && total > 0; ++k) {
      const double w = width * static_cast<double>(counts[k]) / static_cast<double>(total);
      const std::optional<LinkStatus> status =
          k < 4 ? std::optional(static_cast<LinkStatus>(k)) : std::nullopt;
      if (w > 0)
        out << "<rect x=\"" << N(bar_x) << "\" y=\"" << N(y) << "\" width=\"" << N(w)
            << "\" height=\"8\" fill=\"" << StyleFor(status).border << "\"/>";
      bar_x += w;
    }
    y += 8 + kCountText.points * kLineGap;
    out << "<text x=\"" << N(x) << "\" y=\"" << N(y) << "\" font-size=\"" << kCountText.points
        << "\" fill=\"" << kCountText.colour << "\" class=\"counts\">";
    for (std::size_t k = 0; k < 4; ++k) {
      const StatusStyle s = StyleFor(static_cast<LinkStatus>(k), language);
      out << (k ? "  " : "") << "<tspan font-weight=\"bold\" fill=\"" << s.border << "\">"
          << E(s.badge) << "</tspan> " << counts[k];
    }
    if (counts[4]) out << E(Fill(w.unassessed_count, {std::to_string(counts[4])}));
    out << "</text>";
  }
  if (node.lines.size() > 1) line(node.lines.back(), false);
}

void WriteNode(std::ostream& out, const SceneNode& node, const SceneBox& box, std::size_t index,
               Language language) {
  const StatusStyle s = StyleFor(node.status, language);
  const std::string title = node.lines.empty() ? std::string() : node.lines.front().text;
  out << "<g class=\"node " << StatusClass(node.status) << (node.context ? " context" : "")
      << "\" data-key=\"" << E(node.key) << "\" data-node=\"" << index << "\"><title>" << E(title)
      << "</title>";
  out << Rect(box, 6,
              "class=\"box\" fill=\"" + std::string(s.fill) + "\" stroke=\"" +
                  std::string(s.border) + "\" stroke-width=\"" + N(s.penwidth) + "\"" +
                  Dashes(node.status));
  // The inner border of a strong link (drawn double, as on the printed map).
  const SceneBox inner{box.x + 3, box.y + 3, std::max(0.0, box.width - 6),
                       std::max(0.0, box.height - 6)};
  out << Rect(inner, 4,
              "class=\"inner\" fill=\"none\" stroke=\"" + std::string(s.border) +
                  "\" stroke-width=\"1\"" +
                  (node.status == LinkStatus::kStrong ? "" : " visibility=\"hidden\""));
  if (node.kind == SceneNodeKind::kCard) {
    WriteCardText(out, node, box, language);
  } else {
    double y = box.y + 6;
    for (std::size_t i = 0; i < node.lines.size(); ++i) {
      const TextStyle ts = TextStyleFor(node.kind, node.lines[i].role, node.context);
      y += ts.points * (i == 0 ? 1.0 : kLineGap);
      out << Text(box.x + 8, y, ts, node.lines[i].text, i == 0 ? "name" : "");
    }
  }
  if (node.kind == SceneNodeKind::kCard && !node.status) {  // a chain's card: no badge
    out << "</g>\n";
    return;
  }
  // The badge, top right: the status in a small bordered box.
  const double badge_width = std::max(25.0, BadgeTextWidth(s.badge, 9) + 7);
  const SceneBox badge{box.x + box.width - badge_width - 5, box.y + 5, badge_width, 15};
  out << "<g class=\"badge\">"
      << Rect(badge, 4,
              "fill=\"" + std::string(kBackground) + "\" stroke=\"" + std::string(s.border) +
                  "\" stroke-width=\"1\"")
      << "<text x=\"" << N(badge.x + badge.width / 2) << "\" y=\"" << N(badge.y + 11.5)
      << "\" font-size=\"" << BadgeTextStyle(node.status).points
      << "\" text-anchor=\"middle\" fill=\"" << BadgeTextStyle(node.status).colour << "\">"
      << E(s.badge) << "</text></g></g>\n";
}

void WriteEdge(std::ostream& out, const SceneEdge& edge, const EdgePath& path,
               const std::string& marker) {
  if (path.points.empty()) return;
  std::string d = "M" + N(path.points[0].x) + " " + N(path.points[0].y);
  for (std::size_t i = 1; i + 2 < path.points.size(); i += 3) {
    d += " C" + N(path.points[i].x) + " " + N(path.points[i].y) + " " + N(path.points[i + 1].x) +
         " " + N(path.points[i + 1].y) + " " + N(path.points[i + 2].x) + " " +
         N(path.points[i + 2].y);
  }
  out << "<path class=\"edge\" data-from=\"" << edge.from << "\" data-to=\"" << edge.to << "\" d=\""
      << d << "\" fill=\"none\" stroke=\"" << kEdgeColour << "\" stroke-width=\"1.2\""
      << (edge.cross_chain || edge.backwards ? " stroke-dasharray=\"5 3\"" : "")
      << " marker-end=\"url(#" << marker << ")\"/>\n";
}

/// The legend row; `top`: at the top of its box (the overview's, with the notes under it),
/// else centred in it (beside a chain map's title).
void WriteLegend(std::ostream& out, const MapScene& scene, const SceneBox& box, bool top) {
  if (scene.legend.empty() || box.width <= 0) return;
  out << "<g class=\"legend\">";
  double x = box.x;
  const double y = top ? box.y + 4 : box.y + std::max(0.0, (box.height - 18) / 2);
  const TextStyle ts = kLegendText;
  for (const SceneLegendEntry& entry : scene.legend) {
    const StatusStyle s = StyleFor(entry.status);
    out << Rect({x, y, 30, 18}, 4,
                "fill=\"" + std::string(s.fill) + "\" stroke=\"" + std::string(s.border) +
                    "\" stroke-width=\"1.5\"" + Dashes(entry.status));
    out << "<text x=\"" << N(x + 15) << "\" y=\"" << N(y + 13) << "\" font-size=\"10\" "
        << "text-anchor=\"middle\" fill=\"" << s.border << "\">" << E(entry.badge) << "</text>";
    out << Text(x + 36, y + 13, ts, entry.meaning);
    // CJK glyphs are about one em wide; other characters about half.
    double width = 0;
    for (unsigned char c : entry.meaning)
      if ((c & 0xC0) != 0x80) width += c >= 0x80 ? 10 : 5.5;
    x += 36 + width + 16;
  }
  if (!scene.legend_note.empty()) out << Text(x, y + 13, ts, scene.legend_note);
  out << "</g>\n";
}

}  // namespace

std::string_view StatusClass(std::optional<LinkStatus> status) {
  if (!status) return "st-none";
  switch (*status) {
    case LinkStatus::kStrong:
      return "st-strong";
    case LinkStatus::kWeak:
      return "st-weak";
    case LinkStatus::kFilling:
      return "st-filling";
    case LinkStatus::kMissing:
      return "st-missing";
  }
  return "st-none";
}

void WriteSceneSvg(std::ostream& out, const PositionedScene& p, const SceneSvgOptions& options) {
  const MapScene& scene = p.scene;
  const std::string marker = options.id_prefix + "-arrow";
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scene\" viewBox=\"0 0 " << N(p.width)
      << " " << N(p.height) << "\" width=\"" << N(p.width) << "\" height=\"" << N(p.height)
      << "\" role=\"img\" aria-label=\"" << E(scene.title) << "\" font-family=\"" << kSvgFontList
      << "\">\n<defs><marker id=\"" << marker
      << "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
         "orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" fill=\""
      << kEdgeColour << "\"/></marker></defs>\n";
  out << "<rect class=\"page\" x=\"0\" y=\"0\" width=\"" << N(p.width) << "\" height=\""
      << N(p.height) << "\" fill=\"" << kBackground << "\"/>\n";
  for (std::size_t i = 0; i < scene.bands.size() && i < p.bands.size(); ++i) {
    const SceneBox& b = p.bands[i];
    out << "<g class=\"band\">"
        << Rect(b, 8,
                "fill=\"" + std::string(kBandFill) + "\" stroke=\"" + std::string(kBandBorder) +
                    "\"")
        << Text(b.x + 10, b.y + 20, kBandTitle, scene.bands[i].title) << "</g>\n";
  }
  out << "<g class=\"header\">";
  double y = p.header.y;
  if (!scene.title.empty()) {
    y += kHeaderTitle.points;
    out << Text(p.header.x, y, kHeaderTitle, scene.title);
  }
  if (!scene.subtitle.empty()) {
    y += kHeaderSubtitle.points * kLineGap;
    out << Text(p.header.x, y, kHeaderSubtitle, scene.subtitle);
  }
  // The overview's legend is its own box below the drawing (Graphviz puts the graph's label
  // there), and its notes go under the legend; a chain map's notes are in its header.
  const bool notes_with_legend = scene.kind == MapKind::kOverview && p.legend.width > 0;
  if (notes_with_legend) {
    out << "</g>\n<g class=\"notes\">";
    y = p.legend.y + 4 + 18 + 4;
  }
  const double notes_x = notes_with_legend ? p.legend.x : p.header.x;
  for (const std::string& note : scene.notes) {
    y += kHeaderNote.points * kLineGap;
    out << Text(notes_x, y, kHeaderNote, note);
  }
  out << "</g>\n";
  WriteLegend(out, scene, p.legend, notes_with_legend);
  for (std::size_t i = 0; i < scene.edges.size() && i < p.edges.size(); ++i)
    WriteEdge(out, scene.edges[i], p.edges[i], marker);
  for (std::size_t i = 0; i < scene.nodes.size() && i < p.nodes.size(); ++i)
    WriteNode(out, scene.nodes[i], p.nodes[i], i, scene.language);
  out << "</svg>\n";
}

std::string SceneStatusCss() {
  std::string css;
  for (const std::optional<LinkStatus> status :
       {std::optional<LinkStatus>(), std::optional(LinkStatus::kStrong),
        std::optional(LinkStatus::kWeak), std::optional(LinkStatus::kFilling),
        std::optional(LinkStatus::kMissing)}) {
    const StatusStyle s = StyleFor(status);
    const std::string cls = "." + std::string(StatusClass(status));
    const std::string dash = status == LinkStatus::kMissing   ? "6 3"
                             : status == LinkStatus::kFilling ? "2 2"
                                                              : "none";
    css += cls + " .box{fill:" + std::string(s.fill) + ";stroke:" + std::string(s.border) +
           ";stroke-width:" + N(s.penwidth) + ";stroke-dasharray:" + dash + "}\n";
    css += cls + " .inner{stroke:" + std::string(s.border) +
           ";visibility:" + (status == LinkStatus::kStrong ? "visible" : "hidden") + "}\n";
    css += cls + " .badge rect{stroke:" + std::string(s.border) + "}" + cls +
           " .badge text{fill:" + std::string(s.border) + "}\n";
  }
  return css;
}

}  // namespace chainmap
