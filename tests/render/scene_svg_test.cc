#include "render/scene_svg.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

// A hand-made positioned scene: two links in one band, an edge from the first to the second.
//
//   ┌ 上游 ─────────────────────────────┐
//   │ [炼钢 <img…> 强] ──→ [轧钢 缺]     │
//   └───────────────────────────────────┘
PositionedScene TwoLinks() {
  PositionedScene p;
  p.scene.title = "钢铁 </script> 产业链";
  p.scene.subtitle = "截至 2024-06";
  p.scene.notes = {"资料来源：《工作总结》"};
  p.scene.legend = {{LinkStatus::kStrong, "强", "有链主"}, {LinkStatus::kMissing, "缺", "尚无"}};
  p.scene.bands = {{"上游", "upstream"}};
  SceneNode a;
  a.key = "steelmaking";
  a.lines = {{"炼钢 <img src=x onerror=alert(1)>", SceneTextRole::kTitle},
             {"★ 济源钢铁", SceneTextRole::kLeader},
             {"中原特钢", SceneTextRole::kEnterprise}};
  a.status = LinkStatus::kStrong;
  a.band = 0;
  SceneNode b;
  b.key = "rolling\"&'";
  b.lines = {{"轧钢", SceneTextRole::kTitle}};
  b.status = LinkStatus::kMissing;
  b.band = 0;
  p.scene.nodes = {a, b};
  p.scene.edges = {{0, 1, false}};
  p.width = 400;
  p.height = 200;
  p.header = {10, 10, 380, 50};
  p.legend = {10, 60, 380, 20};
  p.bands = {{10, 90, 380, 100}};
  p.nodes = {{20, 110, 120, 60}, {250, 110, 100, 40}};
  p.edges = {{{{140, 140}, {180, 140}, {210, 130}, {250, 130}}}};
  return p;
}

std::string Svg(const PositionedScene& p, const std::string& prefix = "m1") {
  std::ostringstream out;
  WriteSceneSvg(out, p, {prefix});
  return out.str();
}

TEST_CASE("scene SVG: well-formed, every text escaped and read back as written", "[render][svg]") {
  const std::string svg = Svg(TwoLinks());
  CHECK(testing::XmllintAccepts(svg));
  CHECK(svg.find("<img") == std::string::npos);
  CHECK(svg.find("</script>") == std::string::npos);
  int code = 0;
  const std::string texts = testing::SvgTexts(svg, code);
  REQUIRE(code == 0);
  CHECK(texts.find("炼钢 <img src=x onerror=alert(1)>\n") != std::string::npos);
  CHECK(texts.find("钢铁 </script> 产业链\n") != std::string::npos);
  CHECK(texts.find("★ 济源钢铁\n") != std::string::npos);
}

TEST_CASE("scene SVG: one group per node with its key, status class and badge", "[render][svg]") {
  const std::string svg = Svg(TwoLinks());
  CHECK(testing::Count(svg, "<g class=\"node ") == 2);
  CHECK(svg.find("<g class=\"node st-strong\" data-key=\"steelmaking\" data-node=\"0\">") !=
        std::string::npos);
  CHECK(svg.find("data-key=\"rolling&quot;&amp;&apos;\"") != std::string::npos);
  CHECK(svg.find("class=\"node st-missing\"") != std::string::npos);
  // The badge of the missing link says 缺; the strong link's inner border is visible.
  CHECK(svg.find(">缺</text></g></g>") != std::string::npos);
  CHECK(testing::Count(svg, "class=\"inner\"") == 2);
  CHECK(testing::Count(svg, "visibility=\"hidden\"") == 1);
  CHECK(svg.find("viewBox=\"0 0 400 200\"") != std::string::npos);
  // The node's box sits where the layout put it.
  CHECK(svg.find("<rect x=\"20\" y=\"110\" width=\"120\" height=\"60\" rx=\"6\" class=\"box\"") !=
        std::string::npos);
}

TEST_CASE("scene SVG: an edge is the layout's Bézier path with this map's arrow", "[render][svg]") {
  const std::string svg = Svg(TwoLinks(), "chain-3");
  CHECK(svg.find("d=\"M140 140 C180 140 210 130 250 130\"") != std::string::npos);
  CHECK(svg.find("<marker id=\"chain-3-arrow\"") != std::string::npos);
  CHECK(svg.find("marker-end=\"url(#chain-3-arrow)\"") != std::string::npos);
}

TEST_CASE("scene SVG: the same scene gives the same bytes", "[render][svg]") {
  CHECK(Svg(TwoLinks()) == Svg(TwoLinks()));
}

TEST_CASE("scene status CSS: a rule per status class, strong with its inner border",
          "[render][svg]") {
  const std::string css = SceneStatusCss();
  CHECK(css.find(".st-strong .inner{stroke:#0072B2;visibility:visible}") != std::string::npos);
  CHECK(css.find(".st-missing .box{fill:#FFFFFF;stroke:#D55E00;stroke-width:2;"
                 "stroke-dasharray:6 3}") != std::string::npos);
  CHECK(css.find(".st-weak .inner{stroke:#C98500;visibility:hidden}") != std::string::npos);
}

}  // namespace
}  // namespace chainmap
