#include "render/zone_overview.h"

#include <array>
#include <cassert>
#include <cmath>
#include <set>

#include "render/html_text.h"
#include "render/map_style.h"

namespace chainmap {
namespace {

constexpr int kBarWidth = 168;

std::string Font(const std::string& html, int points, std::string_view colour, bool bold = false) {
  return "<FONT POINT-SIZE=\"" + std::to_string(points) + "\" COLOR=\"" + std::string(colour) +
         "\">" + (bold ? "<B>" + html + "</B>" : html) + "</FONT>";
}

std::string Row(const std::string& html) { return "<TR><TD>" + html + "</TD></TR>"; }

constexpr std::array kOrder{LinkStatus::kStrong, LinkStatus::kWeak, LinkStatus::kFilling,
                            LinkStatus::kMissing};

/// The bar: one cell per status, as wide as its share of the links.
std::string Bar(const std::array<std::size_t, 5>& counts, std::size_t total) {
  std::string html =
      "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>";
  std::size_t cumulative = 0;
  int drawn = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] == 0) continue;
    cumulative += counts[i];
    const int edge = static_cast<int>(std::lround(
        double(kBarWidth) * static_cast<double>(cumulative) / static_cast<double>(total)));
    const StatusStyle s = StyleFor(i < 4 ? std::optional(kOrder[i]) : std::nullopt);
    html += "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"" + std::to_string(std::max(edge - drawn, 1)) +
            "\" HEIGHT=\"12\" BGCOLOR=\"" + std::string(s.fill) + "\" COLOR=\"" +
            std::string(s.border) + "\"></TD>";
    drawn = edge;
  }
  return html + "</TR></TABLE>";
}

std::string Card(const Chain& chain, const std::vector<std::optional<LinkStatus>>& status,
                 std::optional<double> completeness) {
  std::array<std::size_t, 5> counts{};  // strong, weak, filling, missing, unknown
  for (std::size_t l = 0; l < chain.links().size(); ++l) {
    const auto s = status.empty() ? std::nullopt : status[l];
    ++counts[s ? static_cast<std::size_t>(s.value()) : 4];
  }
  std::array<int, 3> per_stage{};
  for (const Link& l : chain.links()) ++per_stage[static_cast<int>(l.stage)];

  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">";
  html += Row(Font(HtmlText(Ellipsize(chain.name.zh, 12)), 15, kTextColour, true));
  if (!chain.name.en.empty())
    html += Row(Font(HtmlText(Ellipsize(chain.name.en, 28)), 9, kMutedColour));
  if (completeness) {
    html += Row(Font(std::to_string(std::lround(*completeness * 100)) + "%", 22, "#0072B2", true) +
                Font(" 完整度", 10, kMutedColour));
  }
  html += Row(Bar(counts, std::max<std::size_t>(chain.links().size(), 1)));
  std::string legend;
  for (std::size_t i = 0; i < 4; ++i) {
    const StatusStyle s = StyleFor(kOrder[i]);
    legend += (i ? "  " : "") + Font(std::string(s.badge), 10, s.border, true) +
              Font(" " + std::to_string(counts[i]), 10, kTextColour);
  }
  if (counts[4]) legend += Font("  未评 " + std::to_string(counts[4]), 10, kMutedColour);
  html += Row(legend);
  html += Row(Font("环节 " + std::to_string(chain.links().size()) + "：上游 " +
                       std::to_string(per_stage[0]) + " · 中游 " + std::to_string(per_stage[1]) +
                       " · 下游 " + std::to_string(per_stage[2]),
                   9, kMutedColour));
  return html + "</TABLE>";
}

std::string LinkNode(std::size_t chain, std::size_t link) {
  return "l" + std::to_string(chain) + "_" + std::to_string(link);
}

}  // namespace

std::string ZoneOverviewDot(const ZoneOverviewInput& input, const ZoneOverviewOptions& options,
                            OutputFormat format) {
  assert(input.zone);
  const Zone& zone = *input.zone;
  const std::size_t chains = zone.chains().size();
  assert(input.status.empty() || input.status.size() == chains);
  const std::string font = DotQuoted(kMapFont);
  std::size_t links = 0;
  for (const Chain& c : zone.chains()) links += c.links().size();

  const std::string title = zone.name.zh + "重点产业链总览";
  std::string subtitle = "截至 " + zone.as_of + " · " + std::to_string(chains) + " 条产业链 · " +
                         std::to_string(links) + " 个环节 · " +
                         std::to_string(zone.cross_edges.size()) + " 条跨链关联";
  if (!zone.name.en.empty()) subtitle = zone.name.en + " · " + subtitle;

  std::string footer = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">";
  footer += "<TR><TD>" + LegendHtml(input.status.empty()) + "</TD></TR>";
  std::vector<std::string> notes;
  notes.push_back(SourcesNote(zone.source, 3, 60) + "；各链来源见各链图谱");
  if (!input.status_note.empty()) notes.push_back(input.status_note);
  notes.push_back("各链下方为参与跨链关联的环节；箭头：跨链供给关系");
  for (const std::string& note : notes)
    footer += "<TR><TD ALIGN=\"LEFT\">" + Font(HtmlText(note), 9, kMutedColour) + "</TD></TR>";
  footer += "</TABLE>";

  std::string dot = "digraph " + DotQuoted(zone.id) + " {\n";
  dot += "  graph [rankdir=TB, fontname=" + font + ", bgcolor=\"#FFFFFF\", pad=0.3, " +
         "nodesep=0.3, ranksep=0.25, newrank=true, labelloc=b, labeljust=c]\n";
  dot += PageAttributes(options.page, format);
  dot += "  label=<" + footer + ">\n";
  dot += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#FFFFFF\", color=\"" +
         std::string(kBandBorder) + "\", penwidth=1.4, fontname=" + font +
         ", margin=\"0.12,0.08\"]\n";
  dot += "  edge [color=\"" + std::string(kEdgeColour) + "\", fontname=" + font +
         ", fontsize=9, fontcolor=\"" + std::string(kEdgeColour) +
         "\", arrowsize=0.7, penwidth=1.3]\n";
  dot += "  subgraph cluster_zone {\n";
  dot += "    label=<" + Font(HtmlText(title), 22, kTextColour, true) + "<BR/>" +
         Font(HtmlText(subtitle), 11, kMutedColour) + ">\n";
  dot += "    labelloc=t; labeljust=l; penwidth=0; margin=12\n";
  // The links that take part in cross-chain edges, per chain, by stage then link order.
  std::vector<std::set<std::pair<Stage, std::size_t>>> boundary(chains);
  for (const CrossEdge& e : zone.cross_edges)
    for (const LinkKey& k : {e.from, e.to}) boundary[k.chain].insert({zone.link(k).stage, k.link});
  for (std::size_t c = 0; c < chains; ++c) {
    const Chain& chain = zone.chains()[c];
    static const std::vector<std::optional<LinkStatus>> kUnknown;
    const auto& status = input.status.empty() ? kUnknown : input.status[c];
    static const std::optional<double> kNotGiven;
    const std::optional<double>& completeness =
        c < input.completeness.size() ? input.completeness[c] : kNotGiven;
    const std::string card = "c" + std::to_string(c);
    dot += "    subgraph cluster_c" + std::to_string(c) + " {\n";
    dot += "      label=\"\"; style=\"filled,rounded\"; fillcolor=\"" + std::string(kBandFill) +
           "\"; color=\"" + std::string(kBandBorder) + "\"; penwidth=1; margin=10\n";
    dot += "      " + card + " [label=<" + Card(chain, status, completeness) +
           ">, tooltip=" + DotQuoted(chain.id) + "]\n";
    std::string previous = card;
    for (const auto& [stage, l] : boundary[c]) {
      const auto link_status = status.empty() ? std::nullopt : status[l];
      const StatusStyle st = StyleFor(link_status);
      const std::string node = LinkNode(c, l);
      dot += "      " + node + " [label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" " +
             "CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD ALIGN=\"LEFT\">" +
             Font(HtmlText(Ellipsize(chain.links()[l].name.zh, 12)), 10, kTextColour) +
             "</TD><TD WIDTH=\"4\"></TD>" + BadgeHtml(link_status) + "</TR></TABLE>>, style=\"" +
             std::string(st.style) + "\", fillcolor=\"" + std::string(st.fill) + "\", color=\"" +
             std::string(st.border) + "\", penwidth=1.2" +
             (st.peripheries > 1 ? ", peripheries=2" : "") +
             ", tooltip=" + DotQuoted(zone.QualifiedId({c, l})) + "]\n";
      dot += "      " + previous + " -> " + node + " [style=invis]\n";
      previous = node;
    }
    dot += "    }\n";
  }
  dot += "  }\n";
  // The cards in one row, in the zone's order.
  dot += "  { rank=same";
  for (std::size_t c = 0; c < chains; ++c) dot += "; c" + std::to_string(c);
  dot += " }\n";
  for (std::size_t c = 0; c + 1 < chains; ++c)
    dot += "  c" + std::to_string(c) + " -> c" + std::to_string(c + 1) + " [style=invis]\n";
  // Cross-chain edges, link to link, in the zone's order (never labelled: Graphviz 2.42
  // double-frees labelled flat edges in gvFreeLayout).
  for (const CrossEdge& e : zone.cross_edges)
    dot += "  " + LinkNode(e.from.chain, e.from.link) + " -> " + LinkNode(e.to.chain, e.to.link) +
           " [constraint=false]\n";
  return dot + "}\n";
}

}  // namespace chainmap
