#include "render/zone_overview.h"

#include <catch2/catch.hpp>

#include "render/graphviz.h"
#include "tests/io/zone_fixture.h"
#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

using testing::Count;

// The tiny zone: two chains side by side; the one cross edge joins their boundary links.
//
//   [钢铁 50%]        [新能源汽车]
//    弹簧  ─────────▶  整车
TEST_CASE("The overview shows each chain once with its completeness and the cross edges") {
  const LoadedZone loaded = testing::LoadFiles(testing::TinyZoneFiles());
  const ZoneOverviewInput input{
      &loaded.zone,
      {{LinkStatus::kMissing, LinkStatus::kStrong, LinkStatus::kStrong, LinkStatus::kFilling},
       {LinkStatus::kMissing, LinkStatus::kMissing}},
      {0.5, std::nullopt},
      ""};
  GraphvizContext graphviz;
  const Rendered svg =
      graphviz.Render(ZoneOverviewDot(input, {}, OutputFormat::kSvg), OutputFormat::kSvg);
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
  CHECK(Count(texts, "炼钢\n") == 0);  // not on a cross edge
  CHECK(Count(svg.bytes, "<title>l0_3&#45;&gt;l1_1</title>") == 1);
  CHECK(texts.find("小园区重点产业链总览\n") != std::string::npos);
  // Deterministic across contexts.
  GraphvizContext another;
  const bool same =
      another.Render(ZoneOverviewDot(input, {}, OutputFormat::kSvg), OutputFormat::kSvg).bytes ==
      svg.bytes;
  CHECK(same);
}

}  // namespace
}  // namespace chainmap
