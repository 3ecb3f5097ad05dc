#include "render/pptx_map_pages.h"

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>

#include "render/map_style.h"
#include "render/pptx_slide.h"

namespace chainmap {
namespace {

// Room a band needs around its nodes: its title above, padding on the other sides.
constexpr double kBandTop = 28;
constexpr double kBandSide = 12;
constexpr double kBandBottom = 10;

double Right(const SceneBox& b) { return b.x + b.width; }
double Bottom(const SceneBox& b) { return b.y + b.height; }

SceneBox NodesBox(const PositionedScene& map, const std::vector<std::size_t>& nodes) {
  SceneBox box = map.nodes[nodes.front()];
  for (std::size_t n : nodes) box = Union(box, map.nodes[n]);
  return box;
}

SceneBox Region(const PositionedScene& map, const std::vector<std::size_t>& nodes) {
  SceneBox region = NodesBox(map, nodes);
  for (const auto& [b, box] : PageBands(map, nodes)) region = Union(region, box);
  return region;
}

/// Cuts `nodes` into groups whose extent along one axis fits `limit(k)` for group k,
/// greedily in order of position along that axis.
std::vector<std::vector<std::size_t>> Cut(const PositionedScene& map,
                                          std::vector<std::size_t> nodes, bool along_x,
                                          const std::function<double(std::size_t)>& limit) {
  const auto start = [&](std::size_t n) { return along_x ? map.nodes[n].x : map.nodes[n].y; };
  const auto end = [&](std::size_t n) {
    return along_x ? Right(map.nodes[n]) : Bottom(map.nodes[n]);
  };
  std::stable_sort(nodes.begin(), nodes.end(),
                   [&](std::size_t a, std::size_t b) { return start(a) < start(b); });
  std::vector<std::vector<std::size_t>> groups;
  double from = 0;
  for (std::size_t n : nodes) {
    if (groups.empty() || end(n) - from > limit(groups.size() - 1)) {
      groups.emplace_back();
      from = start(n);
    }
    groups.back().push_back(n);
  }
  return groups;
}

/// Columns of whole bands where every band fits, else columns cut by position.
std::vector<std::vector<std::size_t>> Columns(const PositionedScene& map,
                                              const std::function<double(std::size_t)>& limit) {
  std::vector<std::size_t> all(map.nodes.size());
  std::iota(all.begin(), all.end(), 0);
  const bool banded = !map.bands.empty() && std::all_of(all.begin(), all.end(), [&](std::size_t n) {
    return map.scene.nodes[n].band.has_value();
  }) && std::all_of(map.bands.begin(), map.bands.end(), [&](const SceneBox& b) {
    return b.width <= limit(1);
  });
  if (!banded) return Cut(map, all, true, limit);
  std::vector<std::size_t> order(map.bands.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return map.bands[a].x < map.bands[b].x; });
  std::vector<std::vector<std::size_t>> columns;
  double from = 0;
  for (std::size_t b : order) {
    std::vector<std::size_t> members;
    for (std::size_t n : all)
      if (map.scene.nodes[n].band == b) members.push_back(n);
    if (members.empty()) continue;
    if (columns.empty() || Right(map.bands[b]) - from > limit(columns.size() - 1)) {
      columns.emplace_back();
      from = map.bands[b].x;
    }
    columns.back().insert(columns.back().end(), members.begin(), members.end());
  }
  return columns;
}

}  // namespace

SceneBox Union(const SceneBox& a, const SceneBox& b) {
  const double x = std::min(a.x, b.x), y = std::min(a.y, b.y);
  return {x, y, std::max(Right(a), Right(b)) - x, std::max(Bottom(a), Bottom(b)) - y};
}

double MinMapScale(const MapScene& scene) {
  // Sizes under 10 points (a badge, a card's counts) are set at 10 whatever the scale.
  double smallest = kBandTitle.points;
  const auto consider = [&](double points) {
    if (points >= kMinSlidePoints) smallest = std::min(smallest, points);
  };
  for (const SceneNode& node : scene.nodes) {
    for (const SceneText& line : node.lines)
      consider(TextStyleFor(node.kind, line.role, node.context).points);
    if (node.kind == SceneNodeKind::kCard) consider(kCountText.points);
  }
  return kMinSlidePoints / smallest;
}

std::vector<std::pair<std::size_t, SceneBox>> PageBands(const PositionedScene& map,
                                                        const std::vector<std::size_t>& nodes) {
  const SceneBox inner = NodesBox(map, nodes);
  const SceneBox room{inner.x - kBandSide, inner.y - kBandTop, inner.width + 2 * kBandSide,
                      inner.height + kBandTop + kBandBottom};
  std::vector<std::pair<std::size_t, SceneBox>> bands;
  for (std::size_t b = 0; b < map.bands.size(); ++b) {
    const bool used = std::any_of(nodes.begin(), nodes.end(),
                                  [&](std::size_t n) { return map.scene.nodes[n].band == b; });
    if (!used) continue;
    const SceneBox& band = map.bands[b];
    const double x = std::max(band.x, room.x), y = std::max(band.y, room.y);
    const double right = std::min(Right(band), Right(room)),
                 bottom = std::min(Bottom(band), Bottom(room));
    if (right > x && bottom > y) bands.push_back({b, {x, y, right - x, bottom - y}});
  }
  return bands;
}

std::vector<MapPage> PlanMapPages(const PositionedScene& map, double width, double height,
                                  double scale) {
  if (map.nodes.empty()) return {MapPage{{}, {0, 0, width / scale, height / scale}}};
  std::vector<std::size_t> all(map.nodes.size());
  std::iota(all.begin(), all.end(), 0);
  const SceneBox whole = Region(map, all);
  const double w = width / scale, h = height / scale;
  if (whole.width <= w && whole.height <= h) return {MapPage{all, whole}};
  // The first column has stubs on its right only, the others on both sides.
  const double side = (kStubWidth + kStubGap) / scale;
  const double band_room = map.bands.empty() ? 0 : (kBandSide * 2);
  const auto column_limit = [&](std::size_t k) { return w - band_room - (k == 0 ? 1 : 2) * side; };
  const double row_limit =
      h - (map.bands.empty() ? 0 : kBandTop + kBandBottom) - 2 * (kStubHeight + kStubGap) / scale;
  std::vector<MapPage> pages;
  for (const auto& column : Columns(map, column_limit)) {
    std::vector<std::vector<std::size_t>> rows{column};
    if (Region(map, column).height > h)
      rows = Cut(map, column, false, [&](std::size_t) { return row_limit; });
    for (auto& row : rows) {
      std::sort(row.begin(), row.end());
      pages.push_back({row, Region(map, row)});
    }
  }
  return pages;
}

std::vector<Stub> PlaceStubs(const PositionedScene& map, const SceneBox& region,
                             const std::vector<std::size_t>& others, double scale) {
  const double width = kStubWidth / scale, height = kStubHeight / scale, gap = kStubGap / scale;
  std::vector<Stub> stubs;
  std::map<int, std::vector<std::size_t>> sides;  // 0 left, 1 right, 2 above, 3 below
  for (std::size_t n : others) {
    const SceneBox& b = map.nodes[n];
    const double cx = b.x + b.width / 2, cy = b.y + b.height / 2;
    int side = cy < region.y ? 2 : 3;
    if (cx < region.x) side = 0;
    if (cx > Right(region)) side = 1;
    sides[side].push_back(n);
  }
  for (auto& [side, nodes] : sides) {
    const bool vertical = side < 2;
    const auto along = [&](std::size_t n) {
      const SceneBox& b = map.nodes[n];
      return vertical ? b.y + b.height / 2 : b.x + b.width / 2;
    };
    std::stable_sort(nodes.begin(), nodes.end(),
                     [&](std::size_t a, std::size_t b) { return along(a) < along(b); });
    const double size = vertical ? height : width;
    const double low = vertical ? region.y : region.x;
    const double high = std::max(low, (vertical ? Bottom(region) : Right(region)) - size);
    // Stacked from the top (or left); when they would run past the region's end, the
    // stack is moved back so that it ends there, as far as it can.
    std::vector<double> at;
    double next = low;
    for (std::size_t n : nodes) {
      at.push_back(std::max(next, std::clamp(along(n) - size / 2, low, high)));
      next = at.back() + size + gap / 2;
    }
    const double back = at.empty() ? 0 : std::clamp(at.back() - high, 0.0, at.front() - low);
    for (double& a : at) a -= back;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      SceneBox box{at[i], at[i], width, height};
      if (side == 0) box.x = region.x - gap - width;
      if (side == 1) box.x = Right(region) + gap;
      if (side == 2) box.y = region.y - gap - height;
      if (side == 3) box.y = Bottom(region) + gap;
      stubs.push_back({nodes[i], box});
    }
  }
  return stubs;
}

}  // namespace chainmap
