#include "render/pptx_map_slides.h"
#include "test_paths.h"

#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "render/pptx_map_pages.h"
#include "render/pptx_package.h"
#include "tests/render/pptx_fixture.h"
#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_CASE("a small map is one slide with a shape per link and a glued connector per edge",
          "[pptx]") {
  // 上游      中游      下游
  // 环节0 ──▶ 环节2 ──▶ 环节4
  // 环节1 ──▶ 环节3 ──▶ 环节5
  const PositionedScene map = testing::GridScene(2);
  const auto slides = MapSlides(map, "现状");
  REQUIRE(slides.size() == 1);
  const std::string& xml = slides[0];
  CHECK(testing::XmllintAccepts(xml));
  for (std::size_t n = 0; n < 6; ++n)
    CHECK(Count(xml, "name=\"环节" + std::to_string(n) + "\"") == 1);
  CHECK(Count(xml, "<p:cxnSp>") == 4);
  CHECK(Count(xml, "<a:stCxn ") == 4);
  CHECK(Count(xml, "<a:endCxn ") == 4);
  // Glued from the right side (site 3) of the source to the left side (site 1) of the target.
  CHECK(Count(xml, "<a:stCxn id=\"") == Count(xml, "idx=\"3\"/><a:endCxn"));
  CHECK(Count(xml, "<a:prstDash val=\"dash\"/>") >= 1);  // a missing link's dashed border
  CHECK(Count(xml, "cmpd=\"dbl\"") >= 1);                // a strong link's double border
  CHECK(xml.find("测试产业链图谱 · 现状") != std::string::npos);
  // Type: no run under 10 pt, and every run names an East Asian typeface.
  std::regex size("sz=\"(\\d+)\"");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), size); it != std::sregex_iterator();
       ++it)
    CHECK(std::stoi((*it)[1]) >= 1000);
  CHECK(Count(xml, "<a:rPr ") == Count(xml, "<a:ea typeface=\"Microsoft YaHei\"/>"));
}

TEST_CASE("a map too tall for a slide is split, each link on one page, edges glued to stubs",
          "[pptx]") {
  const PositionedScene map = testing::GridScene(12);  // 12 × 74 points per band: ~900 tall
  const SceneBox area = MapArea(map);
  REQUIRE(MinMapScale(map.scene) == 1);  // 10-point lines: the map is never drawn smaller
  const auto pages = PlanMapPages(map, area.width, area.height, 1);
  REQUIRE(pages.size() > 1);
  std::multiset<std::size_t> seen;
  for (const MapPage& page : pages) {
    seen.insert(page.nodes.begin(), page.nodes.end());
    CHECK(page.region.height <= area.height);
    CHECK(page.region.width <= area.width);
  }
  CHECK(seen.size() == map.nodes.size());
  CHECK(std::set<std::size_t>(seen.begin(), seen.end()).size() == map.nodes.size());

  const auto slides = MapSlides(map, "远景");
  REQUIRE(slides.size() == pages.size());
  const std::string deck = PptxBytes(slides, "测试");
  const auto path = testing::WriteTemp("split.pptx", deck);
  std::string expect = R"([{"title": "测试产业链图谱 · 远景", "links": [)";
  for (std::size_t n = 0; n < map.scene.nodes.size(); ++n)
    expect += (n ? ", " : "") + std::string("\"环节") + std::to_string(n) + "\"";
  expect += R"(], "edges": [)";
  for (std::size_t e = 0; e < map.scene.edges.size(); ++e)
    expect += (e ? ", " : "") + std::string("[\"环节") + std::to_string(map.scene.edges[e].from) +
              "\", \"环节" + std::to_string(map.scene.edges[e].to) + "\"]";
  expect += "]}]";
  const auto expect_path = testing::WriteTemp("split.json", expect);
  int code = 0;
  const std::string out =
      testing::Shell("/usr/bin/python3 " CHAINMAP_SOURCE_DIR "/tests/render/check_pptx.py '" +
                         path.string() + "' --expect '" + expect_path.string() + "' 2>&1",
                     code);
  INFO(out);
  CHECK(code == 0);
  const std::string edges = std::to_string(map.scene.edges.size());
  CHECK(out.find(std::to_string(map.scene.nodes.size()) + " links with one shape each: True, " +
                 edges + "/" + edges + " edges glued at both links") != std::string::npos);
  std::filesystem::remove(path);
  std::filesystem::remove(expect_path);
}

TEST_CASE("a map of names only is scaled down to fit one slide, no run below 10 pt", "[pptx]") {
  // Only the links' names (13 pt in the layout) and badges: 10 / 13 is the least scale.
  PositionedScene map = testing::GridScene(3);
  for (SceneNode& node : map.scene.nodes) node.lines.resize(1);
  REQUIRE(MinMapScale(map.scene) == Approx(10.0 / 13));  // the 9-pt badge is set at 10
  // Drawn 1.15 times as wide as the slide's map area: it fits at 0.87, above 10 / 13.
  const double stretch = 1.15 * MapArea(map).width / map.width;
  for (SceneBox& b : map.nodes) b = {b.x * stretch, b.y, b.width * stretch, b.height};
  for (SceneBox& b : map.bands) b = {b.x * stretch, b.y, b.width * stretch, b.height};
  map.width *= stretch;
  const auto slides = MapSlides(map, "现状");
  REQUIRE(slides.size() == 1);
  std::regex size("sz=\"(\\d+)\"");
  std::set<int> sizes;
  for (auto it = std::sregex_iterator(slides[0].begin(), slides[0].end(), size);
       it != std::sregex_iterator(); ++it)
    sizes.insert(std::stoi((*it)[1]));
  std::string shown;
  for (int z : sizes) shown += std::to_string(z) + " ";
  INFO("run sizes: " << shown);
  CHECK(*sizes.begin() == 1000);
  // The names (13 pt in the layout) and band titles (15 pt) are set smaller, by the scale
  // that fits the bands' region (a little narrower than the whole drawing): 0.85–0.95.
  CHECK(sizes.count(1300) == 0);
  CHECK(sizes.count(1500) == 0);
  CHECK(std::any_of(sizes.begin(), sizes.end(), [](int s) { return s >= 1100 && s <= 1250; }));
  CHECK(Count(slides[0], "<p:cxnSp>") == 6);

  // The same map with an enterprise line (10 pt) under each name cannot be drawn smaller:
  // it is split instead.
  for (SceneNode& node : map.scene.nodes)
    node.lines.push_back({"某某公司", SceneTextRole::kEnterprise});
  CHECK(MinMapScale(map.scene) == 1);
  CHECK(MapSlides(map, "现状").size() > 1);
}

TEST_CASE("a map's bands are shapes behind the links", "[pptx]") {
  const auto slides = MapSlides(testing::GridScene(1), "");
  REQUIRE(slides.size() == 1);
  const std::size_t band = slides[0].find("name=\"上游\"");
  const std::size_t link = slides[0].find("name=\"环节0\"");
  REQUIRE(band != std::string::npos);
  REQUIRE(link != std::string::npos);
  CHECK(band < link);  // earlier in the shape tree is further back
}

}  // namespace
}  // namespace chainmap
