#include "render/chain_map.h"

#include <array>
#include <cassert>
#include <cstdio>
#include <set>

#include "render/html_text.h"
#include "render/map_style.h"

namespace chainmap {
namespace {

/// How much of a link a map shows.
enum class Detail { kFull, kCompact, kContext, kHidden };

constexpr std::array kStages{Stage::kUpstream, Stage::kMidstream, Stage::kDownstream};

std::string Font(const std::string& html, int points, std::string_view colour, bool bold = false) {
  std::string text = bold ? "<B>" + html + "</B>" : html;
  return "<FONT POINT-SIZE=\"" + std::to_string(points) + "\" COLOR=\"" + std::string(colour) +
         "\">" + text + "</FONT>";
}

std::string Row(const std::string& cell_html) {
  return "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">" + cell_html + "</TD></TR>";
}

std::string ScoreText(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

/// The local enterprises of a link, 链主 first, each group in zone order.
std::vector<const Enterprise*> LocalEnterprises(const Zone& zone,
                                                const std::vector<std::size_t>& indices) {
  std::vector<const Enterprise*> leaders, others;
  for (std::size_t e : indices) {
    const Enterprise& enterprise = zone.enterprises()[e];
    if (!enterprise.local) continue;
    (enterprise.role == Role::kLeader ? leaders : others).push_back(&enterprise);
  }
  leaders.insert(leaders.end(), others.begin(), others.end());
  return leaders;
}

std::string NodeLabel(const Link& link, std::optional<LinkStatus> status, Detail detail,
                      const std::vector<const Enterprise*>& enterprises,
                      const std::vector<MapProject>& projects,
                      const std::vector<MapTarget>& targets, const ChainMapOptions& options) {
  const std::string name = HtmlText(Ellipsize(link.name.zh, 16));
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
  if (detail == Detail::kContext) {
    return html + Row(Font(name, 11, kMutedColour)) + "</TABLE>";
  }
  html += "<TR><TD ALIGN=\"LEFT\">" + Font(name, 13, kTextColour, true) + "</TD>" +
          "<TD ALIGN=\"RIGHT\" VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLPADDING=\"0\" " +
          "CELLSPACING=\"0\"><TR>" + BadgeHtml(status) + "</TR></TABLE></TD></TR>";
  if (detail == Detail::kCompact) {
    if (!enterprises.empty())
      html += Row(Font("企业 " + std::to_string(enterprises.size()) + " 家", 10, kMutedColour));
    return html + "</TABLE>";
  }
  const std::size_t shown = std::min(enterprises.size(), options.max_enterprises);
  for (std::size_t i = 0; i < shown; ++i) {
    const Enterprise& e = *enterprises[i];
    const std::string display = HtmlText(Ellipsize(e.DisplayName(), 14));
    html += Row(e.role == Role::kLeader ? Font("★ " + display + " · 链主", 10, kTextColour, true)
                                        : Font(display, 10, kTextColour));
  }
  if (shown < enterprises.size())
    html += Row(Font("等 " + std::to_string(enterprises.size()) + " 家", 10, kMutedColour));
  const std::size_t shown_projects = std::min(projects.size(), options.max_projects);
  for (std::size_t i = 0; i < shown_projects; ++i)
    html += Row(Font("▸ " + HtmlText(Ellipsize(projects[i].name, 14)) + "（" +
                         std::string(ChineseLabel(projects[i].stage)) + "）",
                     10, kTextColour));
  if (shown_projects < projects.size())
    html += Row(Font("等 " + std::to_string(projects.size()) + " 个项目", 10, kMutedColour));
  if (status == LinkStatus::kMissing && options.max_targets > 0 && !targets.empty()) {
    html += Row(Font("招引目标", 9, StyleFor(status).border, true));
    for (std::size_t i = 0; i < targets.size() && i < options.max_targets; ++i) {
      std::string line = std::to_string(i + 1) + ". " + HtmlText(Ellipsize(targets[i].name, 14));
      if (targets[i].score) line += "（" + ScoreText(*targets[i].score) + "）";
      html += Row(Font(line, 10, kTextColour));
    }
  }
  return html + "</TABLE>";
}

/// The detail of each link: full, compact for a large chain, or a one-stage detail map.
std::vector<Detail> Details(const Chain& chain, const ChainMapOptions& options) {
  const std::size_t n = chain.links().size();
  if (!options.stage) {
    return std::vector<Detail>(n, n > options.max_full_links ? Detail::kCompact : Detail::kFull);
  }
  std::vector<Detail> details(n, Detail::kHidden);
  for (std::size_t l = 0; l < n; ++l)
    if (chain.links()[l].stage == *options.stage) details[l] = Detail::kFull;
  for (const Edge& e : chain.edges()) {
    if (details[e.from] == Detail::kFull && details[e.to] == Detail::kHidden)
      details[e.to] = Detail::kContext;
    if (details[e.to] == Detail::kFull && details[e.from] == Detail::kHidden)
      details[e.from] = Detail::kContext;
  }
  return details;
}

/// The distinct sources of the chain and its links, in order; at most `max` shown.
std::string SourcesLine(const Chain& chain, std::size_t max) {
  std::vector<std::string> sources;
  std::set<std::string> seen;
  auto add = [&](const Sources& list) {
    for (const std::string& s : list)
      if (seen.insert(s).second) sources.push_back(s);
  };
  add(chain.source);
  for (const Link& l : chain.links()) add(l.source);
  return SourcesNote(sources, max, 48);
}

/// The map's header, the graph's label: title and subtitle on the left; the legend, the
/// sources and the notes on the right. Graphviz draws the graph's label outside the
/// drawing, so no edge can cross it, which it does not promise for a cluster's label.
std::string Header(const ChainMapInput& input, const Chain& chain, const std::string& title,
                   const std::string& subtitle, const std::string& extra) {
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
  html += "<TR><TD ALIGN=\"LEFT\" VALIGN=\"TOP\" CELLPADDING=\"4\">" +
          Font(HtmlText(title), 22, kTextColour, true) + "<BR ALIGN=\"LEFT\"/>" +
          Font(HtmlText(subtitle), 11, kMutedColour) + "<BR ALIGN=\"LEFT\"/></TD>";
  html += "<TD WIDTH=\"40\"></TD><TD ALIGN=\"LEFT\" VALIGN=\"TOP\">";
  html += "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">";
  html += "<TR><TD ALIGN=\"LEFT\">" + LegendHtml(input.status.empty()) + "</TD></TR>";
  std::vector<std::string> notes{SourcesLine(chain, 4)};
  if (!input.status_note.empty()) notes.push_back(input.status_note);
  if (!extra.empty()) notes.push_back(extra);
  for (const std::string& note : notes)
    html += "<TR><TD ALIGN=\"LEFT\">" + Font(HtmlText(note), 9, kMutedColour) + "</TD></TR>";
  return html + "</TABLE></TD></TR></TABLE>";
}

}  // namespace

std::string ChainMapDot(const ChainMapInput& input, const ChainMapOptions& options,
                        OutputFormat format) {
  assert(input.zone && input.chain < input.zone->chains().size());
  const Zone& zone = *input.zone;
  const Chain& chain = zone.chains()[input.chain];
  const std::size_t n = chain.links().size();
  assert(input.status.empty() || input.status.size() == n);
  assert(input.targets.empty() || input.targets.size() == n);
  assert(input.projects.empty() || input.projects.size() == n);
  const auto enterprises_by_link = zone.EnterprisesByLink()[input.chain];
  const std::vector<Detail> details = Details(chain, options);
  auto status_of = [&](std::size_t l) {
    return input.status.empty() ? std::nullopt : input.status[l];
  };
  const std::string font = DotQuoted(kMapFont);

  std::string title = chain.name.zh + "产业链图谱";
  if (options.stage) title += " · " + std::string(ChineseLabel(*options.stage)) + "详图";
  std::string subtitle =
      zone.name.zh + " · 截至 " + (chain.as_of.empty() ? zone.as_of : chain.as_of);
  if (!chain.name.en.empty()) subtitle = chain.name.en + " · " + subtitle;
  std::string extra;
  if (!options.stage && n > options.max_full_links)
    extra = "本链环节较多（" + std::to_string(n) +
            " 个），此图只列企业数；各段企业见分段详图（--stage upstream|midstream|downstream）";

  std::string dot = "digraph " + DotQuoted(chain.id) + " {\n";
  dot += "  graph [rankdir=LR, fontname=" + font + ", bgcolor=\"#FFFFFF\", pad=0.3, " +
         "nodesep=0.22, ranksep=0.55, newrank=false, labelloc=t, labeljust=l]\n";
  dot += PageAttributes(options.page, format);
  dot += "  label=<" + Header(input, chain, title, subtitle, extra) + ">\n";
  dot += "  node [shape=box, fontname=" + font + ", fontsize=12, margin=\"0.08,0.05\", " +
         "fontcolor=\"" + std::string(kTextColour) + "\"]\n";
  dot += "  edge [color=\"" + std::string(kEdgeColour) + "\", arrowsize=0.7, penwidth=1.2]\n";
  dot += "  subgraph cluster_map {\n";
  dot += "    label=\"\"; penwidth=0; margin=12\n";
  for (std::size_t b = 0; b < kStages.size(); ++b) {
    dot += "    subgraph cluster_" + std::string(ToString(kStages[b])) + " {\n";
    dot += "      label=<" + Font(std::string(ChineseLabel(kStages[b])), 15, kTextColour, true) +
           ">; labelloc=t; labeljust=c; style=\"filled,rounded\"; fillcolor=\"" +
           std::string(kBandFill) + "\"; color=\"" + std::string(kBandBorder) +
           "\"; penwidth=1; margin=14\n";
    for (std::size_t l = 0; l < n; ++l) {
      if (chain.links()[l].stage != kStages[b] || details[l] == Detail::kHidden) continue;
      const auto enterprises = LocalEnterprises(zone, enterprises_by_link[l]);
      static const std::vector<MapTarget> kNoTargets;
      static const std::vector<MapProject> kNoProjects;
      const auto& targets = input.targets.empty() ? kNoTargets : input.targets[l];
      const auto& projects = input.projects.empty() ? kNoProjects : input.projects[l];
      if (details[l] == Detail::kContext) {
        dot += "      n" + std::to_string(l) + " [label=<" +
               NodeLabel(chain.links()[l], std::nullopt, details[l], {}, {}, {}, options) +
               ">, style=\"rounded,dashed\", color=\"" + std::string(kBandBorder) + "\"]\n";
        continue;
      }
      const StatusStyle s = StyleFor(status_of(l));
      char pen[16];
      std::snprintf(pen, sizeof pen, "%.1f", s.penwidth);
      dot += "      n" + std::to_string(l) + " [label=<" +
             NodeLabel(chain.links()[l], status_of(l), details[l], enterprises, projects, targets,
                       options) +
             ">, style=\"" + std::string(s.style) + "\", fillcolor=\"" + std::string(s.fill) +
             "\", color=\"" + std::string(s.border) + "\", penwidth=" + pen +
             (s.peripheries > 1 ? ", peripheries=" + std::to_string(s.peripheries) : "") +
             ", tooltip=" + DotQuoted(chain.links()[l].id) + "]\n";
    }
    dot += "    }\n";
  }
  // Two invisible gates keep the bands in order from left to right: every upstream link
  // comes before gate 0, every midstream link between the gates, downstream after gate 1.
  dot += "    gate0 [shape=point, width=0, height=0, style=invis, label=\"\"]\n";
  dot += "    gate1 [shape=point, width=0, height=0, style=invis, label=\"\"]\n";
  dot += "  }\n";
  dot += "  edge [style=invis, weight=1]\n  gate0 -> gate1\n";
  for (std::size_t l = 0; l < n; ++l) {
    if (details[l] == Detail::kHidden) continue;
    const std::string node = "n" + std::to_string(l);
    switch (chain.links()[l].stage) {
      case Stage::kUpstream:
        dot += "  " + node + " -> gate0\n";
        break;
      case Stage::kMidstream:
        dot += "  gate0 -> " + node + "\n  " + node + " -> gate1\n";
        break;
      case Stage::kDownstream:
        dot += "  gate1 -> " + node + "\n";
        break;
    }
  }
  dot += "  edge [style=solid, weight=2]\n";
  for (const Edge& e : chain.edges()) {
    if (details[e.from] == Detail::kHidden || details[e.to] == Detail::kHidden) continue;
    const bool backwards = chain.links()[e.from].stage > chain.links()[e.to].stage;
    dot += "  n" + std::to_string(e.from) + " -> n" + std::to_string(e.to);
    if (backwards) dot += " [constraint=false, style=dashed]";  // e.g. scrap returning
    dot += "\n";
  }
  return dot + "}\n";
}

}  // namespace chainmap
