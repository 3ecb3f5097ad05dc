#pragma once

// Hand-made positioned scenes for the PPTX writer's tests: a chain of links in three bands,
// laid out in a grid as Graphviz would (left to right by band, top to bottom within one).

#include <string>
#include <vector>

#include "render/map_layout.h"

namespace chainmap::testing {

/// `per_band` links in each of three bands 上游/中游/下游, each link `height` points tall,
/// named 环节0, 环节1, …; an edge from every link to the link at the same row of the next
/// band. Statuses cycle strong, weak, filling, missing.
inline PositionedScene GridScene(std::size_t per_band, double height = 60) {
  PositionedScene map;
  map.scene.title = "测试产业链图谱";
  map.scene.subtitle = "测试园区 · 截至 2024-06";
  map.scene.notes = {"资料来源：《测试文件》", "状态判定：测试"};
  const LinkStatus statuses[] = {LinkStatus::kStrong, LinkStatus::kWeak, LinkStatus::kFilling,
                                 LinkStatus::kMissing};
  for (const char* band : {"上游", "中游", "下游"}) map.scene.bands.push_back({band, band});
  for (auto status : statuses)
    map.scene.legend.push_back({status, std::string(ChineseLabel(status)), "说明文字"});
  const double width = 150, gap_x = 60, gap_y = 14, top = 40;
  for (std::size_t b = 0; b < 3; ++b) {
    const double x = 20 + static_cast<double>(b) * (width + gap_x + 28);
    map.bands.push_back(
        {x - 14, top - 30, width + 28, static_cast<double>(per_band) * (height + gap_y) + 42});
    for (std::size_t i = 0; i < per_band; ++i) {
      const std::size_t n = map.scene.nodes.size();
      SceneNode node;
      node.key = "l" + std::to_string(n);
      node.lines = {{"环节" + std::to_string(n), SceneTextRole::kTitle},
                    {"★ 某某链主公司 · 链主", SceneTextRole::kLeader},
                    {"某某有限公司", SceneTextRole::kEnterprise}};
      node.status = statuses[n % 4];
      node.band = b;
      map.scene.nodes.push_back(node);
      map.nodes.push_back({x, top + static_cast<double>(i) * (height + gap_y), width, height});
    }
  }
  for (std::size_t b = 0; b + 1 < 3; ++b)
    for (std::size_t i = 0; i < per_band; ++i) {
      const std::size_t from = b * per_band + i, to = (b + 1) * per_band + i;
      map.scene.edges.push_back({from, to, false});
      const SceneBox& f = map.nodes[from];
      const SceneBox& t = map.nodes[to];
      map.edges.push_back({{{f.x + f.width, f.y + f.height / 2},
                            {f.x + f.width + 20, f.y + f.height / 2},
                            {t.x - 20, t.y + t.height / 2},
                            {t.x, t.y + t.height / 2}}});
    }
  double right = 0, bottom = 0;
  for (const SceneBox& b : map.bands) {
    right = std::max(right, b.x + b.width);
    bottom = std::max(bottom, b.y + b.height);
  }
  map.width = right + 20;
  map.height = bottom + 20;
  return map;
}

}  // namespace chainmap::testing
