#include "render/scene_labels.h"

#include <cmath>
#include <string>

#include "render/map_style.h"
#include "src/io/number_format.h"

namespace chainmap {
namespace {

using Attrs = HtmlLabel::Attributes;

constexpr int kBarWidth = 168;
constexpr std::array kOrder{LinkStatus::kStrong, LinkStatus::kWeak, LinkStatus::kFilling,
                            LinkStatus::kMissing};

HtmlLabel Font(std::string_view text, const TextStyle& style) {
  return HtmlLabel::Font(text, style);
}

HtmlLabel Cell(Attrs attributes, HtmlLabel content) {
  return HtmlLabel("TD", std::move(attributes)).Add(std::move(content));
}

HtmlLabel LegendSwatch(const SceneLegendEntry& entry) {
  const StatusStyle s = StyleFor(entry.status);
  std::string border_style = "rounded";
  if (entry.status == LinkStatus::kMissing) border_style = "rounded,dashed";
  if (entry.status == LinkStatus::kFilling) border_style = "rounded,dotted";
  const std::string colour(s.border);
  HtmlLabel swatch("TABLE", {{"BORDER", "2"},
                             {"CELLBORDER", "0"},
                             {"CELLPADDING", "2"},
                             {"STYLE", border_style},
                             {"COLOR", colour},
                             {"BGCOLOR", std::string(s.fill)}});
  swatch.Add(Row(Font(" " + entry.badge + " ", {10, s.border, false})));
  if (entry.status == LinkStatus::kStrong) {  // double border, as on the map
    swatch = HtmlLabel("TABLE", {{"BORDER", "1"},
                                 {"CELLBORDER", "0"},
                                 {"CELLPADDING", "0"},
                                 {"CELLSPACING", "2"},
                                 {"STYLE", "rounded"},
                                 {"COLOR", colour}})
                 .Add(Row(std::move(swatch)));
  }
  return swatch;
}

/// The bar: one cell per status, as wide as its share of the links.
HtmlLabel Bar(const StatusCounts& counts) {
  std::size_t total = 0;
  for (std::size_t c : counts) total += c;
  total = std::max<std::size_t>(total, 1);
  HtmlLabel row("TR");
  std::size_t cumulative = 0;
  int drawn = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] == 0) continue;
    cumulative += counts[i];
    const int edge = static_cast<int>(std::lround(
        double(kBarWidth) * static_cast<double>(cumulative) / static_cast<double>(total)));
    const StatusStyle s = StyleFor(i < 4 ? std::optional(kOrder[i]) : std::nullopt);
    row.Add(HtmlLabel("TD", {{"FIXEDSIZE", "TRUE"},
                             {"WIDTH", std::to_string(std::max(edge - drawn, 1))},
                             {"HEIGHT", "12"},
                             {"BGCOLOR", std::string(s.fill)},
                             {"COLOR", std::string(s.border)}}));
    drawn = edge;
  }
  return Table(0, 1, 0, 0).Add(std::move(row));
}

/// The counts per status, badge and number: "强 3  弱 2 …".
HtmlLabel Counts(const StatusCounts& counts, Language language) {
  HtmlLabel line = HtmlLabel::Text("");
  for (std::size_t i = 0; i < 4; ++i) {
    const StatusStyle s = StyleFor(kOrder[i], language);
    if (i) line.Add(HtmlLabel::Text("  "));
    line.Add(Font(s.badge, {10, s.border, true}));
    line.Add(Font(" " + std::to_string(counts[i]), kCountText));
  }
  if (counts[4])
    line.Add(Font(Fill(WordingFor(language).unassessed_count, {std::to_string(counts[4])}),
                  {10, kMutedColour, false}));
  return line;
}

HtmlLabel CardLabel(const SceneNode& node, Language language) {
  HtmlLabel table = Table(0, 0, 0, 3);
  auto line = [&](const SceneText& t) {
    table.Add(Row(Font(t.text, TextStyleFor(node.kind, t.role, false))));
  };
  for (std::size_t i = 0; i + 1 < node.lines.size(); ++i) line(node.lines[i]);
  if (node.completeness) {
    HtmlLabel figure = HtmlLabel::Text("");
    figure.Add(Font(PercentText(*node.completeness), kCompleteness));
    figure.Add(Font(WordingFor(language).completeness, kCompletenessUnit));
    table.Add(Row(std::move(figure)));
  }
  if (node.counts) {
    table.Add(Row(Bar(*node.counts)));
    table.Add(Row(Counts(*node.counts, language)));
  }
  if (node.lines.size() > 1) line(node.lines.back());
  return table;
}

}  // namespace

HtmlLabel BadgeCell(std::optional<LinkStatus> status, Language language) {
  const StatusStyle s = StyleFor(status, language);
  // A fixed size keeps the badge small however wide its node is: 9-point CJK glyphs
  // are 9 points wide, Latin letters about 5.4, plus padding.
  const int width = static_cast<int>(std::ceil(BadgeTextWidth(s.badge, 9)));
  return Cell({{"FIXEDSIZE", "TRUE"},
               {"WIDTH", std::to_string(width + 12)},
               {"HEIGHT", "15"},
               {"BORDER", "1"},
               {"STYLE", "rounded"},
               {"COLOR", std::string(s.border)},
               {"BGCOLOR", std::string(kBackground)}},
              Font(s.badge, BadgeTextStyle(status)));
}

HtmlLabel LegendLabel(const MapScene& scene) {
  HtmlLabel row("TR");
  for (const SceneLegendEntry& entry : scene.legend) {
    row.Add(HtmlLabel("TD").Add(LegendSwatch(entry)));
    row.Add(Cell({{"ALIGN", "LEFT"}}, Font(entry.meaning, kLegendText)));
    row.Add(HtmlLabel("TD", {{"WIDTH", "14"}}));
  }
  row.Add(Cell({{"ALIGN", "LEFT"}}, Font(scene.legend_note, kLegendText)));
  return HtmlLabel("TABLE", {{"BORDER", "0"}, {"CELLBORDER", "0"}, {"CELLSPACING", "3"}})
      .Add(std::move(row));
}

HtmlLabel NodeLabel(const SceneNode& node, Language language) {
  if (node.kind == SceneNodeKind::kCard) return CardLabel(node, language);
  const std::string& name = node.lines.empty() ? node.key : node.lines[0].text;
  const TextStyle title = TextStyleFor(node.kind, SceneTextRole::kTitle, node.context);
  if (node.kind == SceneNodeKind::kSmallLink) {
    return Table(0, 0, 0, 1)
        .Add(HtmlLabel("TR")
                 .Add(Cell({{"ALIGN", "LEFT"}}, Font(name, title)))
                 .Add(HtmlLabel("TD", {{"WIDTH", "4"}}))
                 .Add(BadgeCell(node.status, language)));
  }
  const Attrs wide{{"COLSPAN", "2"}, {"ALIGN", "LEFT"}};
  HtmlLabel table = Table(0, 0, 0, 2);
  if (node.context) return table.Add(Row(Font(name, title), wide));
  table.Add(
      HtmlLabel("TR")
          .Add(Cell({{"ALIGN", "LEFT"}}, Font(name, title)))
          .Add(Cell({{"ALIGN", "RIGHT"}, {"VALIGN", "TOP"}},
                    Table(0, 0, 0, 0).Add(HtmlLabel("TR").Add(BadgeCell(node.status, language))))));
  for (std::size_t i = 1; i < node.lines.size(); ++i)
    table.Add(
        Row(Font(node.lines[i].text, TextStyleFor(node.kind, node.lines[i].role, false)), wide));
  return table;
}

HtmlLabel HeaderLabel(const MapScene& scene) {
  HtmlLabel titles("TD", {{"ALIGN", "LEFT"}, {"VALIGN", "TOP"}, {"CELLPADDING", "4"}});
  titles.Add(Font(scene.title, kHeaderTitle))
      .Add(HtmlLabel("BR", {{"ALIGN", "LEFT"}}))
      .Add(Font(scene.subtitle, kHeaderSubtitle))
      .Add(HtmlLabel("BR", {{"ALIGN", "LEFT"}}));
  HtmlLabel right = Table(0, 0, 1, 1);
  right.Add(Row(LegendLabel(scene), {{"ALIGN", "LEFT"}}));
  for (const std::string& note : scene.notes)
    right.Add(Row(Font(note, kHeaderNote), {{"ALIGN", "LEFT"}}));
  return Table(0, 0, 0, 0)
      .Add(HtmlLabel("TR")
               .Add(std::move(titles))
               .Add(HtmlLabel("TD", {{"WIDTH", "40"}}))
               .Add(Cell({{"ALIGN", "LEFT"}, {"VALIGN", "TOP"}}, std::move(right))));
}

}  // namespace chainmap
