#include "render/chain_map.h"

#include <catch2/catch.hpp>

#include <regex>

#include "render/graphviz.h"
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
          "状态来自测试"};
}

std::string Svg(const ChainMapInput& input, const ChainMapOptions& options = {}) {
  GraphvizContext graphviz;
  const Rendered r =
      graphviz.Render(ChainMapDot(input, options, OutputFormat::kSvg), OutputFormat::kSvg);
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
  CHECK(texts.find("资料来源：[inf] test\n") != std::string::npos);
  CHECK(texts.find("状态来自测试\n") != std::string::npos);
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
  const std::string svg = Svg({&loaded.zone, 0, {}, {}, ""});
  CHECK(NodeColours(svg, "n0") == "#f0f2f4 #7b8794");
  int code = 0;
  CHECK(Count(testing::SvgTexts(svg, code), "未评估\n") == 1);
}

TEST_CASE("A stage detail map shows one band in full and its neighbours in grey") {
  const LoadedZone loaded = HostileZone();
  ChainMapOptions options;
  options.stage = Stage::kMidstream;
  const std::string svg = Svg(SteelInput(loaded.zone), options);
  CHECK(Count(svg, "<title>n0</title>") == 0);      // ore: two steps away
  CHECK(NodeColours(svg, "n1") == "none #cbd2d9");  // context
  CHECK(NodeColours(svg, "n2") == "#fcefd2 #c98500");
  int code = 0;
  CHECK(testing::SvgTexts(svg, code).find("钢铁产业链图谱 · 中游详图\n") != std::string::npos);
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
    const std::string dot = ChainMapDot(SteelInput(loaded.zone), {}, format);
    const std::string first = graphviz.Render(dot, format).bytes;
    GraphvizContext another;
    const bool same =
        another.Render(ChainMapDot(SteelInput(loaded.zone), {}, format), format).bytes == first;
    INFO("format " << ToString(format));
    CHECK(same);
    CHECK(first.size() > 5000);
  }
}

}  // namespace
}  // namespace chainmap
