#include "src/cli/deck_maps.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "render/analysis_inputs.h"
#include "render/html_text.h"
#include "render/map_style.h"
#include "render/pptx_slide.h"

namespace chainmap {
namespace {

constexpr double kGapX = 56, kGapY = 14, kBandPad = 14, kBandTitle = 30;

double LinePoints(SceneTextRole role) { return role == SceneTextRole::kTitle ? 13 : 10; }

SceneBox NodeSize(const SceneNode& node) {
  double width = 120, height = 10;
  for (const SceneText& line : node.lines) {
    width = std::max(width, TextWidth(line.text, LinePoints(line.role)) + 20);
    height += LinePoints(line.role) * 1.35;
  }
  if (node.status) width += 24;  // the badge after the name
  return {0, 0, std::min(width, 260.0), height};
}

/// Places nodes in columns by band (or, without bands, in rows of `per_row`).
void Grid(PositionedScene& map, std::size_t per_row) {
  map.nodes.assign(map.scene.nodes.size(), {});
  for (std::size_t n = 0; n < map.nodes.size(); ++n) map.nodes[n] = NodeSize(map.scene.nodes[n]);
  double x = 20;
  if (map.scene.bands.empty()) {
    double y = 20, row_height = 0;
    for (std::size_t n = 0; n < map.nodes.size(); ++n) {
      if (n > 0 && n % per_row == 0) {
        x = 20;
        y += row_height + 60;
        row_height = 0;
      }
      map.nodes[n].x = x;
      map.nodes[n].y = y;
      x += map.nodes[n].width + kGapX;
      row_height = std::max(row_height, map.nodes[n].height);
    }
  } else {
    for (std::size_t b = 0; b < map.scene.bands.size(); ++b) {
      double width = 0, y = 20 + kBandTitle;
      for (std::size_t n = 0; n < map.nodes.size(); ++n)
        if (map.scene.nodes[n].band == b) width = std::max(width, map.nodes[n].width);
      for (std::size_t n = 0; n < map.nodes.size(); ++n) {
        if (map.scene.nodes[n].band != b) continue;
        map.nodes[n] = {x + kBandPad, y, width, map.nodes[n].height};
        y += map.nodes[n].height + kGapY;
      }
      map.bands.push_back({x, 20, width + 2 * kBandPad, y - 20 + kBandPad - kGapY});
      x += width + 2 * kBandPad + kGapX;
    }
  }
  map.edges.assign(map.scene.edges.size(), {});
  for (const SceneBox& b : map.nodes) {
    map.width = std::max(map.width, b.x + b.width + 20);
    map.height = std::max(map.height, b.y + b.height + 20);
  }
  for (const SceneBox& b : map.bands) map.height = std::max(map.height, b.y + b.height + 20);
}

std::string Score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", score);
  return buffer;
}

std::string Percent(double value) { return std::to_string(std::lround(value * 100)) + "%"; }

}  // namespace

PositionedScene DeckChainMap(const ZoneAnalysis& analysis, std::size_t chain_index) {
  const Zone& zone = analysis.zone();
  const Chain& chain = zone.chains()[chain_index];
  const ChainMapInput input = ChainMapInputFrom(analysis, chain_index);
  const auto enterprises = zone.EnterprisesByLink()[chain_index];
  PositionedScene map;
  MapScene& scene = map.scene;
  scene.title = Ellipsize(chain.name.zh, 20) + "产业链图谱";
  scene.subtitle = zone.name.zh + " · 截至 " + (chain.as_of.empty() ? zone.as_of : chain.as_of);
  scene.notes = {input.status_note};
  for (auto status :
       {LinkStatus::kStrong, LinkStatus::kWeak, LinkStatus::kFilling, LinkStatus::kMissing}) {
    const StatusStyle s = StyleFor(status);
    scene.legend.push_back({status, std::string(s.badge), std::string(s.meaning)});
  }
  for (Stage stage : {Stage::kUpstream, Stage::kMidstream, Stage::kDownstream})
    scene.bands.push_back({std::string(ChineseLabel(stage)), std::string(ToString(stage))});
  for (std::size_t l = 0; l < chain.links().size(); ++l) {
    const Link& link = chain.links()[l];
    SceneNode node;
    node.key = link.id;
    node.status = input.status[l];
    node.band = static_cast<std::size_t>(link.stage);
    node.lines.push_back({Ellipsize(link.name.zh, 14), SceneTextRole::kTitle});
    std::vector<const Enterprise*> local;
    for (std::size_t e : enterprises[l])
      if (zone.enterprises()[e].local) local.push_back(&zone.enterprises()[e]);
    std::stable_sort(local.begin(), local.end(), [](const Enterprise* a, const Enterprise* b) {
      return (a->role == Role::kLeader) > (b->role == Role::kLeader);
    });
    for (std::size_t i = 0; i < local.size() && i < 3; ++i) {
      const bool leader = local[i]->role == Role::kLeader;
      node.lines.push_back({(leader ? "★ " : "") + Ellipsize(local[i]->DisplayName(), 14),
                            leader ? SceneTextRole::kLeader : SceneTextRole::kEnterprise});
    }
    if (local.size() > 3)
      node.lines.push_back({"等 " + std::to_string(local.size()) + " 家", SceneTextRole::kMuted});
    if (!input.projects[l].empty()) {
      const MapProject& p = input.projects[l].front();
      node.lines.push_back(
          {"▸ " + Ellipsize(p.name, 12) + "（" + std::string(ChineseLabel(p.stage)) + "）",
           SceneTextRole::kProject});
    }
    if (node.status == LinkStatus::kMissing)
      for (std::size_t t = 0; t < input.targets[l].size() && t < 2; ++t)
        node.lines.push_back(
            {"目标 " + Ellipsize(input.targets[l][t].name, 10) +
                 (input.targets[l][t].score ? "（" + Score(*input.targets[l][t].score) + "）" : ""),
             SceneTextRole::kTarget});
    scene.nodes.push_back(std::move(node));
  }
  for (const Edge& e : chain.edges()) scene.edges.push_back({e.from, e.to, false});
  Grid(map, 0);
  return map;
}

PositionedScene DeckOverviewMap(const ZoneAnalysis& analysis) {
  const Zone& zone = analysis.zone();
  PositionedScene map;
  MapScene& scene = map.scene;
  scene.title = Ellipsize(zone.name.zh, 20) + "产业链总览";
  scene.subtitle = "截至 " + zone.as_of + " · 各链完整度与环节状态";
  scene.notes = {StatusNote(analysis)};
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const auto& total = analysis.gaps().chains()[c].total;
    SceneNode node;
    node.key = zone.chains()[c].id;
    node.lines = {
        {Ellipsize(zone.chains()[c].name.zh, 14), SceneTextRole::kTitle},
        {"完整度 " + Percent(total.value) + " · " + std::to_string(total.links) + " 个环节",
         SceneTextRole::kEnterprise},
        {"强 " + std::to_string(total.strong) + " · 弱 " + std::to_string(total.weak) + " · 在补 " +
             std::to_string(total.filling) + " · 缺 " + std::to_string(total.missing),
         SceneTextRole::kMuted}};
    scene.nodes.push_back(std::move(node));
  }
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const CrossEdge& e : zone.cross_edges)
    if (e.from.chain != e.to.chain) pairs.insert({e.from.chain, e.to.chain});
  for (const auto& [from, to] : pairs) scene.edges.push_back({from, to, true});
  Grid(map, 4);
  return map;
}

}  // namespace chainmap
