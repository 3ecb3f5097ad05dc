#include "render/pptx_map_slides.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "render/html_text.h"
#include "render/map_style.h"
#include "render/pptx_slide.h"

namespace chainmap {
namespace {

constexpr double kMargin = 24;
constexpr double kMapTop = 72;
constexpr double kNotePoints = 10;
constexpr double kLegendHeight = 20;
constexpr double kMaxScale = 1.5;
// Room a band needs around its nodes: its title above, padding on the other sides.
constexpr double kBandTop = 30;
constexpr double kBandSide = 14;
constexpr double kBandBottom = 12;
// Room beside (and above and below) a page's drawing for the stubs of links on other pages.
constexpr double kStubWidth = 118;
constexpr double kStubHeight = 22;
constexpr double kStubGap = 16;

double Right(const SceneBox& b) { return b.x + b.width; }
double Bottom(const SceneBox& b) { return b.y + b.height; }

SceneBox Union(const SceneBox& a, const SceneBox& b) {
  const double x = std::min(a.x, b.x), y = std::min(a.y, b.y);
  return {x, y, std::max(Right(a), Right(b)) - x, std::max(Bottom(a), Bottom(b)) - y};
}

SceneBox NodesBox(const PositionedScene& map, const std::vector<std::size_t>& nodes) {
  SceneBox box = map.nodes[nodes.front()];
  for (std::size_t n : nodes) box = Union(box, map.nodes[n]);
  return box;
}

/// The bands of a page cut to its nodes (with room for their titles), in band order.
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

SceneBox Region(const PositionedScene& map, const std::vector<std::size_t>& nodes) {
  SceneBox region = NodesBox(map, nodes);
  for (const auto& [b, box] : PageBands(map, nodes)) region = Union(region, box);
  return region;
}

/// Cuts `nodes` into groups whose extent along one axis fits `limit`, greedily in
/// order of position along that axis.
std::vector<std::vector<std::size_t>> Cut(const PositionedScene& map,
                                          std::vector<std::size_t> nodes, bool along_x,
                                          double limit) {
  const auto start = [&](std::size_t n) { return along_x ? map.nodes[n].x : map.nodes[n].y; };
  const auto end = [&](std::size_t n) {
    return along_x ? Right(map.nodes[n]) : Bottom(map.nodes[n]);
  };
  std::stable_sort(nodes.begin(), nodes.end(),
                   [&](std::size_t a, std::size_t b) { return start(a) < start(b); });
  std::vector<std::vector<std::size_t>> groups;
  double from = 0;
  for (std::size_t n : nodes) {
    if (groups.empty() || end(n) - from > limit) {
      groups.emplace_back();
      from = start(n);
    }
    groups.back().push_back(n);
  }
  return groups;
}

/// Columns of whole bands where every band fits the width, else columns cut by position.
std::vector<std::vector<std::size_t>> Columns(const PositionedScene& map, double width) {
  std::vector<std::size_t> all(map.nodes.size());
  std::iota(all.begin(), all.end(), 0);
  const bool banded = !map.bands.empty() && std::all_of(all.begin(), all.end(), [&](std::size_t n) {
    return map.scene.nodes[n].band.has_value();
  }) && std::all_of(map.bands.begin(), map.bands.end(), [&](const SceneBox& b) {
    return b.width <= width;
  });
  if (!banded) return Cut(map, all, true, width);
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
    if (columns.empty() || Right(map.bands[b]) - from > width) {
      columns.emplace_back();
      from = map.bands[b].x;
    }
    columns.back().insert(columns.back().end(), members.begin(), members.end());
  }
  return columns;
}

PptxLine Outline(std::optional<LinkStatus> status) {
  const StatusStyle s = StyleFor(status);
  PptxLine line{s.border, s.penwidth};
  if (s.style.find("dashed") != std::string_view::npos) line.dash = PptxLine::Dash::kDash;
  if (s.style.find("dotted") != std::string_view::npos) line.dash = PptxLine::Dash::kDot;
  if (s.peripheries > 1) {
    line.double_line = true;
    line.points = 3 * s.penwidth;  // two lines and the gap between them
  }
  return line;
}

double Points(double layout_points) { return std::max(kMinSlidePoints, layout_points); }

std::vector<PptxParagraph> NodeText(const SceneNode& node) {
  std::vector<PptxParagraph> paragraphs;
  const StatusStyle s = StyleFor(node.status);
  for (std::size_t i = 0; i < node.lines.size(); ++i) {
    const SceneText& line = node.lines[i];
    PptxRun run{line.text, 10, node.context ? kMutedColour : kTextColour, false};
    switch (line.role) {
      case SceneTextRole::kTitle:
        run.points = node.context ? 11 : 13;
        run.bold = !node.context;
        break;
      case SceneTextRole::kLeader:
        run.bold = true;
        break;
      case SceneTextRole::kMuted:
        run.colour = kMutedColour;
        break;
      default:
        break;
    }
    run.points = Points(run.points);
    paragraphs.push_back({{run}});
    if (i == 0 && !node.context && node.status)  // the status badge, as editable text
      paragraphs.back().runs.push_back({"  " + std::string(s.badge), Points(9), s.border, true});
  }
  return paragraphs;
}

/// The site of `box` nearest to `point`, and where it is.
std::pair<PptxSite, ScenePoint> NearestSite(const SceneBox& box, ScenePoint point) {
  const std::pair<PptxSite, ScenePoint> sites[] = {
      {PptxSite::kTop, {box.x + box.width / 2, box.y}},
      {PptxSite::kLeft, {box.x, box.y + box.height / 2}},
      {PptxSite::kBottom, {box.x + box.width / 2, Bottom(box)}},
      {PptxSite::kRight, {Right(box), box.y + box.height / 2}}};
  const auto distance = [&](const ScenePoint& p) {
    return std::hypot(p.x - point.x, p.y - point.y);
  };
  return *std::min_element(std::begin(sites), std::end(sites), [&](const auto& a, const auto& b) {
    return distance(a.second) < distance(b.second);
  });
}

/// The header, notes and legend every page of a map shares.
struct Furniture {
  double notes_top = 0;
  double legend_top = 0;
};

Furniture Frame(const PositionedScene& map, bool split) {
  std::size_t lines = split ? 1 : 0;
  for (const std::string& note : map.scene.notes)
    lines += TextLines(note, kNotePoints, kSlideWidth - 2 * kMargin);
  const double notes_height = static_cast<double>(lines) * kNotePoints * 1.3;
  Furniture f;
  f.notes_top = kSlideHeight - 10 - notes_height;
  f.legend_top = f.notes_top - kLegendHeight - 6;
  return f;
}

void Legend(PptxSlide& slide, const PositionedScene& map, double top) {
  double x = kMargin;
  for (const SceneLegendEntry& entry : map.scene.legend) {
    const double meaning = TextWidth(entry.meaning, 10) + 4;
    if (x + 34 + meaning > kSlideWidth - kMargin) break;
    PptxShapeStyle swatch{StyleFor(entry.status).fill, Outline(entry.status), true,
                          PptxShapeStyle::Anchor::kMiddle, 0};
    slide.AddShape(
        {x, top, 30, kLegendHeight}, swatch,
        {{{{entry.badge, 10, StyleFor(entry.status).border, true}}, PptxParagraph::Align::kCentre}},
        "图例 " + entry.badge);
    slide.AddText({x + 34, top + 3, meaning, kLegendHeight}, {{{{entry.meaning, 10, kTextColour}}}},
                  "图例说明 " + entry.badge);
    x += 34 + meaning + 12;
  }
  const std::string note = "★ 链主    → 供给关系";
  if (!map.scene.legend.empty() && x + TextWidth(note, 10) <= kSlideWidth - kMargin)
    slide.AddText({x, top + 3, TextWidth(note, 10) + 4, kLegendHeight},
                  {{{{note, 10, kTextColour}}}}, "图例说明");
}

/// A stub: a small grey shape on a page standing for a link drawn on another page, so
/// that an edge to it is still a connector glued at both ends.
struct Stub {
  std::size_t node = 0;
  SceneBox box;  ///< In the layout's points, outside the page's region.
};

/// Places the stubs of `others` around `region`: left or right of it when the link lies
/// that way, else above or below; stubs on one side are stacked without overlapping.
std::vector<Stub> PlaceStubs(const PositionedScene& map, const SceneBox& region,
                             const std::vector<std::size_t>& others) {
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
    double next = vertical ? region.y : region.x;
    for (std::size_t n : nodes) {
      const double size = vertical ? kStubHeight : kStubWidth;
      const double low = vertical ? region.y : region.x;
      const double high = (vertical ? Bottom(region) : Right(region)) - size;
      const double at = std::max(next, std::clamp(along(n) - size / 2, low, std::max(low, high)));
      next = at + size + 6;
      SceneBox box{at, at, kStubWidth, kStubHeight};
      if (side == 0) box.x = region.x - kStubGap - kStubWidth;
      if (side == 1) box.x = Right(region) + kStubGap;
      if (side == 2) box.y = region.y - kStubGap - kStubHeight;
      if (side == 3) box.y = Bottom(region) + kStubGap;
      stubs.push_back({n, box});
    }
  }
  return stubs;
}

}  // namespace

SceneBox MapArea(const PositionedScene& map) {
  const Furniture f = Frame(map, true);
  return {kMargin, kMapTop, kSlideWidth - 2 * kMargin, f.legend_top - 8 - kMapTop};
}

std::vector<MapPage> PlanMapPages(const PositionedScene& map, double width, double height) {
  std::vector<MapPage> pages;
  if (map.nodes.empty()) return {MapPage{{}, {0, 0, width, height}}};
  std::vector<std::size_t> all(map.nodes.size());
  std::iota(all.begin(), all.end(), 0);
  const SceneBox whole = Region(map, all);
  if (whole.width <= width && whole.height <= height) return {MapPage{all, whole}};
  const double band_room = map.bands.empty() ? 0 : kBandTop + kBandBottom;
  const double stub_x = 2 * (kStubWidth + kStubGap), stub_y = 2 * (kStubHeight + kStubGap);
  for (const auto& column :
       Columns(map, width - stub_x - (map.bands.empty() ? 0 : 2 * kBandSide))) {
    for (auto& rows : Cut(map, column, false, height - stub_y - band_room)) {
      std::sort(rows.begin(), rows.end());
      pages.push_back({rows, Region(map, rows)});
    }
  }
  return pages;
}

std::vector<std::string> MapSlides(const PositionedScene& map, const std::string& suffix) {
  const SceneBox area = MapArea(map);
  const std::vector<MapPage> pages = PlanMapPages(map, area.width, area.height);
  const bool split = pages.size() > 1;
  const Furniture frame = Frame(map, split);
  std::map<std::size_t, std::size_t> page_of;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (std::size_t n : pages[p].nodes) page_of[n] = p;

  std::vector<std::string> slides;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const MapPage& page = pages[p];
    PptxSlide slide;
    std::string title = Ellipsize(map.scene.title, 40);
    if (!suffix.empty()) title += " · " + suffix;
    if (split) title += "（" + std::to_string(p + 1) + "/" + std::to_string(pages.size()) + "）";
    slide.AddText({kMargin, 16, kSlideWidth - 2 * kMargin, 32},
                  {{{{title, 22, kTextColour, true}}}}, "标题");
    slide.AddText({kMargin, 48, kSlideWidth - 2 * kMargin, 18},
                  {{{{Ellipsize(map.scene.subtitle, 120), 12, kMutedColour}}}}, "副标题");

    std::vector<std::size_t> others;
    for (const SceneEdge& edge : map.scene.edges) {
      const bool from_here = page_of[edge.from] == p, to_here = page_of[edge.to] == p;
      if (from_here != to_here) others.push_back(from_here ? edge.to : edge.from);
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    const std::vector<Stub> stubs = PlaceStubs(map, page.region, others);
    SceneBox r = page.region;
    for (const Stub& stub : stubs) r = Union(r, stub.box);
    double scale =
        std::min(area.width / std::max(1.0, r.width), area.height / std::max(1.0, r.height));
    scale = std::min(scale, split ? 1.0 : kMaxScale);
    const double dx = area.x + (area.width - r.width * scale) / 2;
    const double dy = area.y + (area.height - r.height * scale) / 2;
    const auto place = [&](const SceneBox& b) {
      return SceneBox{dx + (b.x - r.x) * scale, dy + (b.y - r.y) * scale, b.width * scale,
                      b.height * scale};
    };
    const auto place_point = [&](ScenePoint q) {
      return ScenePoint{dx + (q.x - r.x) * scale, dy + (q.y - r.y) * scale};
    };

    if (!page.nodes.empty()) {
      for (const auto& [b, box] : PageBands(map, page.nodes)) {
        PptxShapeStyle band{kBandFill, {kBandBorder, 1}, true, PptxShapeStyle::Anchor::kTop, 4};
        slide.AddShape(place(box), band,
                       {{{{Ellipsize(map.scene.bands[b].title, 20), 15, kTextColour, true}},
                         PptxParagraph::Align::kCentre}},
                       map.scene.bands[b].title);
      }
    }
    std::map<std::size_t, int> shape_of;
    for (std::size_t n : page.nodes) {
      const SceneNode& node = map.scene.nodes[n];
      PptxShapeStyle style{StyleFor(node.status).fill, Outline(node.status), true,
                           PptxShapeStyle::Anchor::kTop, 4};
      if (node.context)
        style = {"#FFFFFF",
                 {kBandBorder, 1, PptxLine::Dash::kDash},
                 true,
                 PptxShapeStyle::Anchor::kMiddle,
                 4};
      shape_of[n] = slide.AddShape(place(map.nodes[n]), style, NodeText(node),
                                   node.lines.empty() ? "" : node.lines.front().text);
    }
    const auto name = [&](std::size_t n) {
      const SceneNode& node = map.scene.nodes[n];
      return node.lines.empty() ? std::string() : node.lines.front().text;
    };
    std::map<std::size_t, int> stub_of;
    std::map<std::size_t, SceneBox> stub_box;
    for (const Stub& stub : stubs) {
      const PptxShapeStyle style{"#FFFFFF",
                                 {kBandBorder, 1, PptxLine::Dash::kDash},
                                 true,
                                 PptxShapeStyle::Anchor::kMiddle,
                                 2};
      const std::string text =
          Ellipsize(name(stub.node), 6) + "（第" + std::to_string(page_of[stub.node] + 1) + "页）";
      stub_box[stub.node] = place(stub.box);
      stub_of[stub.node] = slide.AddShape(
          stub_box[stub.node], style, {{{{text, 10, kMutedColour}}, PptxParagraph::Align::kCentre}},
          "续 · " + name(stub.node));
    }
    for (std::size_t e = 0; e < map.scene.edges.size(); ++e) {
      const SceneEdge& edge = map.scene.edges[e];
      const bool from_here = shape_of.count(edge.from) > 0, to_here = shape_of.count(edge.to) > 0;
      if (!from_here && !to_here) continue;
      const SceneBox from = from_here ? place(map.nodes[edge.from]) : stub_box.at(edge.from);
      const SceneBox to = to_here ? place(map.nodes[edge.to]) : stub_box.at(edge.to);
      const int from_id = from_here ? shape_of[edge.from] : stub_of.at(edge.from);
      const int to_id = to_here ? shape_of[edge.to] : stub_of.at(edge.to);
      static const std::vector<ScenePoint> kNoPath;
      const std::vector<ScenePoint>& path =
          from_here && to_here && e < map.edges.size() ? map.edges[e].points : kNoPath;
      const ScenePoint aim_from = path.empty()
                                      ? ScenePoint{to.x + to.width / 2, to.y + to.height / 2}
                                      : place_point(path.front());
      const ScenePoint aim_to = path.empty()
                                    ? ScenePoint{from.x + from.width / 2, from.y + from.height / 2}
                                    : place_point(path.back());
      const auto [from_site, start] = NearestSite(from, aim_from);
      const auto [to_site, end] = NearestSite(to, aim_to);
      PptxLine line{kEdgeColour, 1.25,
                    edge.cross_chain ? PptxLine::Dash::kDash : PptxLine::Dash::kSolid};
      line.arrow = true;
      slide.AddConnector(from_id, from_site, to_id, to_site, start, end, line,
                         Ellipsize(name(edge.from), 12) + " → " + Ellipsize(name(edge.to), 12));
    }

    Legend(slide, map, frame.legend_top);
    std::vector<PptxParagraph> notes;
    for (const std::string& note : map.scene.notes)
      notes.push_back({{{Ellipsize(note, 300), kNotePoints, kMutedColour}}});
    if (split)
      notes.push_back({{{"本图环节较多，分 " + std::to_string(pages.size()) +
                             " 页展示；虚线框为其他页上的环节（注明页码）",
                         kNotePoints, kMutedColour}}});
    slide.AddText(
        {kMargin, frame.notes_top, kSlideWidth - 2 * kMargin, kSlideHeight - 8 - frame.notes_top},
        notes, "注释");
    slides.push_back(slide.Finish());
  }
  return slides;
}

}  // namespace chainmap
