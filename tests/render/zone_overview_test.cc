#include "render/zone_overview.h"

#include <catch2/catch.hpp>

#include "render/graphviz.h"
#include "render/map_style.h"
#include "render/scene_dot.h"
#include "tests/io/zone_fixture.h"
#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

using testing::Count;

/// The overview of a tiny zone in SVG, with statuses for its two chains' six links and
/// the first chain's completeness.
Rendered TinyOverviewSvg(const Zone& zone) {
  const ZoneOverviewInput input{
      &zone,
      {{LinkStatus::kMissing, LinkStatus::kStrong, LinkStatus::kStrong, LinkStatus::kFilling},
       {LinkStatus::kMissing, LinkStatus::kMissing}},
      {0.5, std::nullopt},
      ""};
  GraphvizContext graphviz;
  return graphviz.Render(SceneDot(OverviewScene(input), {}), OutputFormat::kSvg);
}

// The tiny zone: two chains side by side; the one cross edge joins their boundary links.
//
//   [钢铁 50%]        [新能源汽车]
//    弹簧  ─────────▶  整车
TEST_CASE("The overview shows each chain once with its completeness and the cross edges") {
  const LoadedZone loaded = testing::LoadFiles(testing::TinyZoneFiles());
  const Rendered svg = TinyOverviewSvg(loaded.zone);
  CHECK(svg.warnings.empty());
  CHECK(testing::XmllintAccepts(svg.bytes));
  int code = 0;
  const std::string texts = testing::SvgTexts(svg.bytes, code);
  REQUIRE(code == 0);
  CHECK(Count(texts, "钢铁\n") == 1);
  CHECK(Count(texts, "新能源汽车\n") == 1);
  CHECK(Count(texts, "50%\n") == 1);
  CHECK(Count(texts, "%\n") == 1);  // no completeness given for the second chain
  CHECK(Count(texts, "弹簧\n") == 1);
  CHECK(Count(texts, "整车\n") == 1);
  CHECK(Count(texts, "炼钢\n") == 0);                            // not on a cross edge
  CHECK(Count(svg.bytes, "<title>n1&#45;&gt;n3</title>") == 1);  // 弹簧 → 整车
  CHECK(texts.find("小园区重点产业链总览\n") != std::string::npos);
  CHECK(texts.find("资料来源：未注明；各链来源见各链图谱\n") != std::string::npos);
  // Deterministic across contexts.
  CHECK(TinyOverviewSvg(loaded.zone).bytes == svg.bytes);
}

// The zone cites two documents: the overview names both by title and, where given, the
// period each reports, not just the first, and no file name nor section.
TEST_CASE("The overview's source note names every source of the zone") {
  auto files = testing::TinyZoneFiles();
  files["zone.json"] = testing::Replace(files["zone.json"], R"("as_of": "2024-06",)",
                                        R"("as_of": "2024-06", "source": ["000.txt 一", "001.txt"],
                          "documents": {"000.txt": "甲区工作总结",
                                        "001.txt": {"title": "乙区工作总结", "date": "2024-06"}},)");
  const LoadedZone loaded = testing::LoadFiles(files);
  int code = 0;
  const std::string texts = testing::SvgTexts(TinyOverviewSvg(loaded.zone).bytes, code);
  REQUIRE(code == 0);
  CHECK(texts.find(
            "资料来源：《甲区工作总结》；《乙区工作总结》（2024 年 6 月）；各链来源见各链图谱\n") !=
        std::string::npos);
}

using Lines = std::vector<std::string>;

TEST_CASE("SourcesNote: every source up to the limit, then how many in all") {
  CHECK(SourcesNote({}, 3, 10) == Lines{"资料来源：未注明"});
  CHECK(SourcesNote({"a", "b"}, 3, 10) == Lines{"资料来源：a；b"});
  CHECK(SourcesNote({"a", "b", "c", "d"}, 2, 10) == Lines{"资料来源：a；b 等 4 处"});
  CHECK(SourcesNote({}, 3, 10, Language::kEn) == Lines{"Sources: not given"});
  CHECK(SourcesNote({"a", "b", "c"}, 2, 40, Language::kEn) == Lines{"Sources: a; b (3 in all)"});
}

TEST_CASE("SourcesNote wraps between citations and sections, never cutting one") {
  // Label 5 characters, the first citation 25: its title and date (15) end the first line
  // at 20; its sections go on the next, the second citation after them.
  CHECK(SourcesNote({"《甲》（2024 年 6 月） 二(一)、二(二)", "《乙》"}, 4, 20) ==
        Lines{"资料来源：《甲》（2024 年 6 月）", "二(一)、二(二)；《乙》"});
  // Citations that fit a line each: the separator stays at the end of the broken line.
  CHECK(SourcesNote({"《一二三四五六七八》", "《九十》"}, 4, 16) ==
        Lines{"资料来源：《一二三四五六七八》；", "《九十》"});
  // A section is never cut, however long.
  CHECK(SourcesNote({"《甲》 一二三四五六七八九十一二三四五六"}, 4, 10) ==
        Lines{"资料来源：《甲》", "一二三四五六七八九十一二三四五六"});
}

}  // namespace
}  // namespace chainmap
