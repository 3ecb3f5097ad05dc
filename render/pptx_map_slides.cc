#include "render/pptx_map_slides.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "render/html_text.h"
#include "render/map_style.h"
#include "render/pptx_map_pages.h"
#include "render/pptx_node_text.h"
#include "render/pptx_slide.h"

namespace chainmap {
namespace {

constexpr double kMargin = 24;
constexpr double kMapTop = 66;
constexpr double kNotePoints = 10;
constexpr double kMaxScale = 1.5;

double Bottom(const SceneBox& b) { return b.y + b.height; }
double Right(const SceneBox& b) { return b.x + b.width; }

/// The top of the notes at the bottom of every page of a map.
double NotesTop(const PositionedScene& map, bool split) {
  std::size_t lines = split ? 1 : 0;
  for (const std::string& note : map.scene.notes)
    lines += TextLines(note, kNotePoints, kSlideWidth - 2 * kMargin);
  return kSlideHeight - 8 - static_cast<double>(lines) * kNotePoints * 1.3;
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

/// The title, subtitle and legend of a page.
void Header(PptxSlide& slide, const PositionedScene& map, const std::string& title) {
  slide.AddText({kMargin, 10, kSlideWidth - 2 * kMargin, 30}, {{{{title, 20, kTextColour, true}}}},
                "标题");
  // The legend, right-aligned on the subtitle's line: a swatch per status with its badge
  // (the notes say what each means), then "★ 链主 → 供给关系".
  const std::string note = map.scene.legend_note;
  double width = note.empty() ? 0 : TextWidth(note, 10) + 4;
  for (std::size_t i = 0; i < map.scene.legend.size(); ++i)
    width += TextWidth(map.scene.legend[i].badge, 10) + 16 + 6;
  double x = kSlideWidth - kMargin - width;
  slide.AddText({kMargin, 42, x - kMargin - 8, 18},
                {{{{Ellipsize(map.scene.subtitle, 80), 12, kMutedColour}}}}, "副标题");
  for (const SceneLegendEntry& entry : map.scene.legend) {
    const double w = TextWidth(entry.badge, 10) + 16;
    const StatusStyle s = StyleFor(entry.status);
    slide.AddShape({x, 42, w, 18},
                   {s.fill, NodeOutline(entry.status), true, PptxShapeStyle::Anchor::kMiddle, 0},
                   {{{{entry.badge, 10, s.border, true}}, PptxParagraph::Align::kCentre}},
                   "图例 " + entry.badge);
    x += w + 6;
  }
  if (!note.empty())
    slide.AddText({x, 43, kSlideWidth - kMargin - x, 18}, {{{{note, 10, kTextColour}}}},
                  "图例说明");
}

/// The nodes of `page` on other pages that its edges reach, in scene order.
std::vector<std::size_t> Others(const PositionedScene& map,
                                const std::map<std::size_t, std::size_t>& page_of,
                                std::size_t page) {
  std::vector<std::size_t> others;
  for (const SceneEdge& edge : map.scene.edges) {
    const bool from_here = page_of.at(edge.from) == page, to_here = page_of.at(edge.to) == page;
    if (from_here != to_here) others.push_back(from_here ? edge.to : edge.from);
  }
  std::sort(others.begin(), others.end());
  others.erase(std::unique(others.begin(), others.end()), others.end());
  return others;
}

}  // namespace

SceneBox MapArea(const PositionedScene& map) {
  return {kMargin, kMapTop, kSlideWidth - 2 * kMargin, NotesTop(map, true) - 6 - kMapTop};
}

std::vector<std::string> MapSlides(const PositionedScene& map, const std::string& suffix) {
  const SceneBox area = MapArea(map);
  const double least = MinMapScale(map.scene);
  const std::vector<MapPage> pages = PlanMapPages(map, area.width, area.height, least);
  const bool split = pages.size() > 1;
  std::map<std::size_t, std::size_t> page_of;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (std::size_t n : pages[p].nodes) page_of[n] = p;
  const auto name = [&](std::size_t n) {
    const SceneNode& node = map.scene.nodes[n];
    return node.lines.empty() ? std::string() : node.lines.front().text;
  };

  std::vector<std::string> slides;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const MapPage& page = pages[p];
    PptxSlide slide;
    std::string title = Ellipsize(map.scene.title, 40);
    if (!suffix.empty()) title += " · " + suffix;
    if (split) title += "（" + std::to_string(p + 1) + "/" + std::to_string(pages.size()) + "）";
    Header(slide, map, title);

    const std::vector<Stub> stubs = PlaceStubs(map, page.region, Others(map, page_of, p), least);
    SceneBox r = page.region;
    for (const Stub& stub : stubs) r = Union(r, stub.box);
    const double fit =
        std::min(area.width / std::max(1.0, r.width), area.height / std::max(1.0, r.height));
    const double scale = std::clamp(fit, least, split ? std::max(1.0, least) : kMaxScale);
    const double dx = area.x + std::max(0.0, area.width - r.width * scale) / 2;
    const double dy = area.y + std::max(0.0, area.height - r.height * scale) / 2;
    const auto place = [&](const SceneBox& b) {
      return SceneBox{dx + (b.x - r.x) * scale, dy + (b.y - r.y) * scale, b.width * scale,
                      b.height * scale};
    };
    const auto place_point = [&](ScenePoint q) {
      return ScenePoint{dx + (q.x - r.x) * scale, dy + (q.y - r.y) * scale};
    };

    if (!page.nodes.empty())
      for (const auto& [b, box] : PageBands(map, page.nodes))
        slide.AddShape(place(box), BandStyle(), BandText(map.scene.bands[b], scale),
                       map.scene.bands[b].title.empty() ? "带" : map.scene.bands[b].title);
    std::map<std::size_t, int> shape_of;
    std::map<std::size_t, SceneBox> box_of;
    for (std::size_t n : page.nodes) {
      const SceneNode& node = map.scene.nodes[n];
      box_of[n] = place(map.nodes[n]);
      // A grey context node (a detail map's neighbour) is named as a stub is: the link's
      // own shape is on the slide where it is drawn in full.
      shape_of[n] = slide.AddShape(box_of[n], NodeStyle(node), NodeText(node, scale),
                                   (node.context ? "续 · " : "") + name(n));
    }
    for (const Stub& stub : stubs) {
      box_of[stub.node] = place(stub.box);
      shape_of[stub.node] = slide.AddShape(box_of[stub.node], StubStyle(),
                                           StubText(name(stub.node), page_of[stub.node] + 1),
                                           "续 · " + name(stub.node));
    }
    for (std::size_t e = 0; e < map.scene.edges.size(); ++e) {
      const SceneEdge& edge = map.scene.edges[e];
      if (page_of[edge.from] != p && page_of[edge.to] != p) continue;  // between two stubs
      const SceneBox& from = box_of.at(edge.from);
      const SceneBox& to = box_of.at(edge.to);
      const bool both_here = page_of[edge.from] == p && page_of[edge.to] == p;
      static const std::vector<ScenePoint> kNoPath;
      const std::vector<ScenePoint>& path =
          both_here && e < map.edges.size() ? map.edges[e].points : kNoPath;
      const ScenePoint aim_from = path.empty()
                                      ? ScenePoint{to.x + to.width / 2, to.y + to.height / 2}
                                      : place_point(path.front());
      const ScenePoint aim_to = path.empty()
                                    ? ScenePoint{from.x + from.width / 2, from.y + from.height / 2}
                                    : place_point(path.back());
      const auto [from_site, start] = NearestSite(from, aim_from);
      const auto [to_site, end] = NearestSite(to, aim_to);
      slide.AddConnector(shape_of.at(edge.from), from_site, shape_of.at(edge.to), to_site, start,
                         end, EdgeLine(edge),
                         Ellipsize(name(edge.from), 12) + " → " + Ellipsize(name(edge.to), 12));
    }

    std::vector<PptxParagraph> notes;
    for (const std::string& note : map.scene.notes)
      notes.push_back({{{Ellipsize(note, 300), kNotePoints, kMutedColour}}});
    if (split)
      notes.push_back({{{"本图环节较多，分 " + std::to_string(pages.size()) +
                             " 页展示，字号不小于 10 磅；虚线框为其他页上的环节（注明页码）",
                         kNotePoints, kMutedColour}}});
    const double notes_top = NotesTop(map, split);
    slide.AddText({kMargin, notes_top, kSlideWidth - 2 * kMargin, kSlideHeight - 4 - notes_top},
                  notes, "注释");
    slides.push_back(slide.Finish());
  }
  return slides;
}

}  // namespace chainmap
