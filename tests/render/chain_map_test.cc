#include "render/chain_map.h"

#include <catch2/catch.hpp>

#include <regex>

#include "render/graphviz.h"
#include "render/scene_dot.h"
#include "tests/io/zone_fixture.h"
#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

using testing::Count;

// The tiny zone's steel chain, with a hostile link name and enterprise name:
//
//   上游                    中游                     下游
//   ore ──▶ steelmaking ──▶ </TD>&lt;'"\G ──▶ springs
//   missing  strong (mill)   weak (mill)        filling
const std::string kHostileLink = "</TD>&lt;'\"\\G";
const std::string kHostileEnterprise = "<b>&amp;\"'\\N";

LoadedZone HostileZone() {
  auto files = testing::TinyZoneFiles();
  std::string& steel = files["steel.json"];
  steel.replace(steel.find("线材"), std::string("线材").size(), "</TD>&lt;'\\\"\\\\G");
  LoadedZone loaded = testing::LoadFiles(files);
  loaded.zone.enterprise(*loaded.zone.EnterpriseIndex("mill")).short_name = kHostileEnterprise;
  return loaded;
}

ChainMapInput SteelInput(const Zone& zone) {
  return {&zone,
          0,
          {LinkStatus::kMissing, LinkStatus::kStrong, LinkStatus::kWeak, LinkStatus::kFilling},
          {{{"某矿业", 0.8251}, {"另一矿业", std::nullopt}}, {}, {}, {}},
          "状态来自测试",
          {{{"探矿项目", ProjectStage::kPlanned}},
           {},
           {{"扩产一期", ProjectStage::kConstruction},
            {"扩产二期", ProjectStage::kSigned},
            {"扩产三期", ProjectStage::kPlanned}},
           {{"<b>弹簧&项目", ProjectStage::kSigned}}},
          {}};
}

/// The y coordinates of the SVG's texts equal to `text` (Graphviz's SVG: y grows downwards).
std::vector<double> TextYs(const std::string& svg, const std::string& text) {
  const std::regex element("<text [^>]*y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>");
  std::vector<double> ys;
  for (std::sregex_iterator it(svg.begin(), svg.end(), element), end; it != end; ++it)
    if ((*it)[2].str() == text) ys.push_back(std::stod((*it)[1].str()));
  return ys;
}

/// The smallest y of any point of the edges' paths (stroked with the edge colour).
double TopmostEdgePoint(const std::string& svg) {
  const std::regex path("<path fill=\"none\" stroke=\"#52606d\"[^>]* d=\"([^\"]+)\"");
  const std::regex point("([-0-9.]+),([-0-9.]+)");
  double top = 1e9;
  for (std::sregex_iterator it(svg.begin(), svg.end(), path), end; it != end; ++it) {
    const std::string d = (*it)[1].str();
    for (std::sregex_iterator p(d.begin(), d.end(), point); p != end; ++p)
      top = std::min(top, std::stod((*p)[2].str()));
  }
  return top;
}

std::string Svg(const ChainMapInput& input, const ChainMapOptions& options = {}) {
  GraphvizContext graphviz;
  const Rendered r =
      graphviz.Render(SceneDot(ChainMapScene(input, options), {}), OutputFormat::kSvg);
  CHECK(r.warnings.empty());
  return r.bytes;
}

/// The fill and stroke of the shape of node `name` in Graphviz's SVG.
std::string NodeColours(const std::string& svg, const std::string& name) {
  const std::regex shape("<title>" + name + "</title>\\n(?:<g [^>]*><a [^>]*>\\n)?" +
                         "<path fill=\"([^\"]+)\" stroke=\"([^\"]+)\"");
  std::smatch m;
  if (!std::regex_search(svg, m, shape)) return "(no node " + name + ")";
  return m[1].str() + " " + m[2].str();
}

TEST_CASE("Every link appears once, coloured by its status") {
  const LoadedZone loaded = HostileZone();
  const std::string svg = Svg(SteelInput(loaded.zone));
  for (int l = 0; l < 4; ++l) CHECK(Count(svg, "<title>n" + std::to_string(l) + "</title>") == 1);
  CHECK(Count(svg, "<title>n4</title>") == 0);
  int code = 0;
  const std::string texts = testing::SvgTexts(svg, code);
  REQUIRE(code == 0);
  for (const std::string name : {"铁矿", "炼钢", "弹簧"}) CHECK(Count(texts, name + "\n") == 1);

  CHECK(NodeColours(svg, "n0") == "#ffffff #d55e00");  // missing: white, vermillion, dashed
  CHECK(NodeColours(svg, "n1") == "#d4e6f5 #0072b2");  // strong: blue, double border
  CHECK(NodeColours(svg, "n2") == "#fcefd2 #c98500");  // weak: amber
  CHECK(NodeColours(svg, "n3") == "#d5f0e6 #007a5a");  // filling: bluish green, dotted
  // The badges say the status in words, for readers who cannot tell the colours apart;
  // the legend repeats each once.
  for (const std::string badge : {"缺", "强", "弱", "在补"}) {
    CHECK(Count(texts, badge + "\n") == 1);
    CHECK(Count(texts, " " + badge + " \n") == 1);
  }
}

TEST_CASE("The map has a title, a legend, the 链主 starred and a footnote with sources") {
  const LoadedZone loaded = HostileZone();
  int code = 0;
  const std::string texts = testing::SvgTexts(Svg(SteelInput(loaded.zone)), code);
  CHECK(texts.find("钢铁产业链图谱\n") != std::string::npos);
  CHECK(texts.find("小园区 · 截至 2024-06\n") != std::string::npos);
  for (const std::string legend :
       {"有链主或多家规上企业", "有本地企业，未成规模", "已有签约或在建项目", "尚无本地企业或项目"})
    CHECK(Count(texts, legend + "\n") == 1);
  CHECK(Count(texts, "★ " + kHostileEnterprise + " · 链主\n") == 2);
  CHECK(texts.find("资料来源：分析推断\n") != std::string::npos);  // "[inf] test"
  CHECK(texts.find("状态来自测试\n") != std::string::npos);
}

TEST_CASE("In English: the data's English names, else Chinese, and the English wording") {
  auto files = testing::TinyZoneFiles();
  std::string& steel = files["steel.json"];
  const auto name = [&](const std::string& zh, const std::string& en) {
    const std::string from = R"({"zh": ")" + zh + R"("})";
    steel.replace(steel.find(from), from.size(), R"({"zh": ")" + zh + R"(", "en": ")" + en + "\"}");
  };
  name("钢铁", "Steel");
  name("铁矿", "Iron ore");
  const LoadedZone loaded = testing::LoadFiles(files);
  ChainMapInput input = SteelInput(loaded.zone);
  input.language = Language::kEn;
  ChainMapOptions options;
  options.max_targets = 2;
  const MapScene scene = ChainMapScene(input, options);
  CHECK(scene.language == Language::kEn);
  CHECK(scene.title == "Steel industrial chain map");
  CHECK(scene.subtitle == "Tiny zone · as of 2024-06");
  CHECK(scene.notes.front() == "Sources: inference");  // "[inf] test"
  REQUIRE(scene.bands.size() == 3);
  CHECK(scene.bands[0].title == "Upstream");
  CHECK(scene.bands[2].title == "Downstream");
  REQUIRE(scene.legend.size() == 4);
  CHECK(scene.legend[0].badge == "Strong");
  CHECK(scene.legend[3].badge == "Missing");
  CHECK(scene.legend[3].meaning == "no local firm or project");
  CHECK(scene.legend_note == "★ chain leader    → supplies");
  REQUIRE(scene.nodes.size() == 4);
  // The missing ore: its English name, its project's stage and its targets in English;
  // the names of projects and enterprises as the data gives them.
  std::vector<std::string> ore;
  for (const SceneText& t : scene.nodes[0].lines) ore.push_back(t.text);
  CHECK(ore == std::vector<std::string>{"Iron ore", "▸ 探矿项目 (planned)", "Recruitment targets",
                                        "1. 某矿业 (0.83)", "2. 另一矿业"});
  CHECK(scene.nodes[1].lines[0].text == "炼钢");  // no English name in the data
  const std::vector<SceneText>& wire = scene.nodes[2].lines;
  REQUIRE(wire.size() >= 3);
  CHECK(wire[wire.size() - 3].text == "▸ 扩产一期 (under construction)");
  CHECK(wire.back().text == "3 projects in all");
}

TEST_CASE("Title, legend and notes are a header above the drawing, which no edge reaches") {
  // Graphviz routes edges through a cluster's label, so the legend once sat under the
  // bands and an edge could cross it; the graph's own label is outside the drawing.
  const LoadedZone loaded = HostileZone();
  const std::string svg = Svg(SteelInput(loaded.zone));
  double header_bottom = -1e9;
  for (const std::string text : {"钢铁产业链图谱", "尚无本地企业或项目", "资料来源：分析推断"}) {
    const std::vector<double> ys = TextYs(svg, text);
    REQUIRE(ys.size() == 1);
    header_bottom = std::max(header_bottom, ys[0]);
  }
  const std::vector<double> node = TextYs(svg, "铁矿");
  REQUIRE(node.size() == 1);
  CHECK(header_bottom < node[0]);
  CHECK(header_bottom < TopmostEdgePoint(svg));
  CHECK(TopmostEdgePoint(svg) < 1e9);  // edges were found
}

TEST_CASE("Projects show under the links they list, most advanced first, up to a number") {
  const LoadedZone loaded = HostileZone();
  int code = 0;
  const std::string texts = testing::SvgTexts(Svg(SteelInput(loaded.zone)), code);
  REQUIRE(code == 0);
  CHECK(Count(texts, "▸ 探矿项目（谋划）\n") == 1);
  CHECK(Count(texts, "▸ <b>弹簧&项目（签约）\n") == 1);  // the filling link names it
  CHECK(texts.find("▸ 扩产一期（在建）\n▸ 扩产二期（签约）\n等 3 个项目\n") != std::string::npos);
  CHECK(texts.find("扩产三期") == std::string::npos);
  ChainMapOptions options;
  options.max_projects = 0;
  CHECK(testing::SvgTexts(Svg(SteelInput(loaded.zone), options), code).find("▸") ==
        std::string::npos);
}

TEST_CASE("Hostile names render literally, never as markup") {
  const LoadedZone loaded = HostileZone();
  const std::string svg = Svg(SteelInput(loaded.zone));
  CHECK(testing::XmllintAccepts(svg));
  int code = 0;
  const std::string texts = testing::SvgTexts(svg, code);
  REQUIRE(code == 0);
  CHECK(Count(texts, kHostileLink + "\n") == 1);
  CHECK(Count(texts, "★ " + kHostileEnterprise + " · 链主\n") == 2);
}

TEST_CASE("Targets show under missing links only, up to the number asked for") {
  const LoadedZone loaded = HostileZone();
  int code = 0;
  CHECK(testing::SvgTexts(Svg(SteelInput(loaded.zone)), code).find("招引目标") ==
        std::string::npos);
  ChainMapOptions options;
  options.max_targets = 1;
  const std::string texts = testing::SvgTexts(Svg(SteelInput(loaded.zone), options), code);
  CHECK(Count(texts, "招引目标\n") == 1);
  CHECK(Count(texts, "1. 某矿业（0.83）\n") == 1);
  CHECK(texts.find("另一矿业") == std::string::npos);
}

TEST_CASE("Without an analysis every link is grey and the legend says 未评估") {
  const LoadedZone loaded = HostileZone();
  ChainMapInput input;
  input.zone = &loaded.zone;
  const std::string svg = Svg(input);
  CHECK(NodeColours(svg, "n0") == "#f0f2f4 #7b8794");
  int code = 0;
  CHECK(Count(testing::SvgTexts(svg, code), "未评估\n") == 1);
}

TEST_CASE("A stage detail map shows one band in full and its neighbours in grey") {
  const LoadedZone loaded = HostileZone();
  ChainMapOptions options;
  options.stage = Stage::kMidstream;
  const std::string svg = Svg(SteelInput(loaded.zone), options);
  // Nodes: steelmaking (context) n0, the midstream link n1, springs (context) n2; ore,
  // two steps away, is left out.
  CHECK(Count(svg, "<title>n3</title>") == 0);
  CHECK(NodeColours(svg, "n0") == "none #cbd2d9");  // context
  CHECK(NodeColours(svg, "n1") == "#fcefd2 #c98500");
  int code = 0;
  CHECK(testing::SvgTexts(svg, code).find("钢铁产业链图谱 · 中游详图\n") != std::string::npos);
}

TEST_CASE("A diff's map marks each changed link under its name, full, compact or in detail") {
  const LoadedZone loaded = HostileZone();
  ChainMapInput input = SteelInput(loaded.zone);
  input.changes = {"", "弱 → 强", "", "缺 → 在补"};  // steelmaking and springs changed
  const MapScene full = ChainMapScene(input, ChainMapOptions{});
  REQUIRE(full.nodes.size() == 4);
  for (std::size_t n : {0, 2}) {
    for (const SceneText& line : full.nodes[n].lines) CHECK(line.role != SceneTextRole::kChange);
  }
  REQUIRE(full.nodes[1].lines.size() >= 2);
  CHECK(full.nodes[1].lines[1].text == "变化：弱 → 强");
  CHECK(full.nodes[1].lines[1].role == SceneTextRole::kChange);
  CHECK(full.nodes[3].lines[1].text == "变化：缺 → 在补");
  ChainMapOptions compact;
  compact.max_full_links = 3;
  CHECK(ChainMapScene(input, compact).nodes[3].lines[1].text == "变化：缺 → 在补");
  // A midstream detail map: steelmaking and springs are grey context, drawn by name only.
  ChainMapOptions detail;
  detail.stage = Stage::kMidstream;
  for (const SceneNode& node : ChainMapScene(input, detail).nodes)
    for (const SceneText& line : node.lines) CHECK(line.role != SceneTextRole::kChange);
  int code = 0;
  const std::string texts = testing::SvgTexts(Svg(input, ChainMapOptions{}), code);
  CHECK(Count(texts, "变化：缺 → 在补\n") == 1);
}

TEST_CASE("A chain with more links than max_full_links is drawn compact") {
  const LoadedZone loaded = HostileZone();
  ChainMapOptions options;
  options.max_full_links = 3;  // the steel chain has 4
  options.max_targets = 3;
  int code = 0;
  const std::string texts = testing::SvgTexts(Svg(SteelInput(loaded.zone), options), code);
  CHECK(Count(texts, "企业 1 家\n") == 2);  // steelmaking and wire rod: the mill
  CHECK(texts.find(kHostileEnterprise) == std::string::npos);
  CHECK(texts.find("招引目标") == std::string::npos);
  CHECK(texts.find("本链环节较多（4 个）") != std::string::npos);
}

TEST_CASE("The same input gives the same bytes in every format") {
  const LoadedZone loaded = HostileZone();
  GraphvizContext graphviz;
  for (OutputFormat format :
       {OutputFormat::kSvg, OutputFormat::kPng, OutputFormat::kPdf, OutputFormat::kDot}) {
    const std::string dot = SceneDot(ChainMapScene(SteelInput(loaded.zone), {}), {});
    const std::string first = graphviz.Render(dot, format).bytes;
    GraphvizContext another;
    const bool same =
        another.Render(SceneDot(ChainMapScene(SteelInput(loaded.zone), {}), {}), format).bytes ==
        first;
    INFO("format " << ToString(format));
    CHECK(same);
    CHECK(first.size() > 5000);
  }
}

// #19 item 4: a 40,000-character zone or chain name made the steel map 31,110 pt wide.
// The loader now refuses a name over 32,767 characters (a spreadsheet cell's limit); the
// longest it takes is cut likewise.
TEST_CASE("Long zone and chain names are cut in titles, so the map keeps its size") {
  auto files = testing::TinyZoneFiles();
  std::string long_name;
  for (int i = 0; i < 32767; ++i) long_name += "长";
  files["zone.json"] = testing::Replace(files["zone.json"], "\"小园区\"", "\"" + long_name + "\"");
  files["steel.json"] = testing::Replace(files["steel.json"], "\"钢铁\"", "\"" + long_name + "\"");
  const LoadedZone loaded = testing::LoadFiles(files);
  const MapScene scene = ChainMapScene(SteelInput(loaded.zone), {});
  CHECK(scene.title == long_name.substr(0, 29 * 3) + "…产业链图谱");  // 29 characters and "…"
  CHECK(scene.subtitle.rfind(long_name.substr(0, 87) + "… · 截至", 0) == 0);
  // Past the cut, a name's length no longer changes the map: 32,767 characters draw as
  // wide as 40 (Graphviz measures each CJK character about twice its size, so the cut
  // title itself is about 1,600 pt wide).
  const auto width = [](const LoadedZone& zone) {
    const std::string svg = Svg(SteelInput(zone.zone));
    std::smatch size;
    REQUIRE(std::regex_search(svg, size, std::regex("<svg width=\"([0-9]+)pt\"")));
    return std::stoi(size[1].str());
  };
  auto forty = testing::TinyZoneFiles();
  const std::string forty_name = long_name.substr(0, 40 * 3);
  forty["zone.json"] = testing::Replace(forty["zone.json"], "\"小园区\"", "\"" + forty_name + "\"");
  forty["steel.json"] = testing::Replace(forty["steel.json"], "\"钢铁\"", "\"" + forty_name + "\"");
  CHECK(width(loaded) == width(testing::LoadFiles(forty)));
  CHECK(width(loaded) < 2000);
}

}  // namespace
}  // namespace chainmap
