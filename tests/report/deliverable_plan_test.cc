#include "src/report/deliverable_plan.h"

#include <catch2/catch.hpp>

#include "tests/report/list_test_util.h"

namespace chainmap {
namespace {

TEST_CASE("Deliverable plan: every map under 现状 then 远景, and the files the page links") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/docs/examples/mini");
  const Zone& zone = loaded.zone;
  std::vector<ChainMapPlan> plans;
  for (const Chain& chain : zone.chains()) plans.push_back(PlanChainMaps(chain));
  const DeliverablePlan plan =
      PlanDeliverable(zone, plans, {OutputFormat::kSvg, OutputFormat::kPdf}, true);
  std::vector<std::string> maps;
  for (const DeliverableMap& m : plan.maps)
    maps.push_back((m.folder / m.stem).string() + (m.vision ? " 远景" : ""));
  CHECK(maps == std::vector<std::string>{"maps/steel", "maps/equipment", "maps/overview",
                                         "maps/vision/steel 远景", "maps/vision/equipment 远景",
                                         "maps/vision/overview 远景"});
  CHECK(plan.PageName(zone, plans, plan.maps[0]) == "钢铁");
  CHECK(plan.PageName(zone, plans, plan.maps[2]) == "总览");
  std::vector<std::string> links;
  for (const FileLink& l : plan.links) links.push_back(l.group + "|" + l.label + "|" + l.href);
  CHECK(links == std::vector<std::string>{"|领导一页纸|summary.pdf", "|汇报演示文稿|deck.pptx",
                                          "|清单（表格）|lists/lists.xlsx",
                                          "现状图谱（打印版）|总览|maps/overview.pdf",
                                          "现状图谱（打印版）|钢铁|maps/steel.pdf",
                                          "现状图谱（打印版）|装备|maps/equipment.pdf",
                                          "远景图谱（打印版）|总览|maps/vision/overview.pdf",
                                          "远景图谱（打印版）|钢铁|maps/vision/steel.pdf",
                                          "远景图谱（打印版）|装备|maps/vision/equipment.pdf"});
  // Without PDF the print links take the first format; without the workbook, no link to it.
  const DeliverablePlan svg_only = PlanDeliverable(zone, plans, {OutputFormat::kSvg}, false);
  CHECK(svg_only.links.size() == 8);
  CHECK(svg_only.links[2].href == "maps/overview.svg");
  CHECK(svg_only.links[2].group == "现状图谱（矢量图）");
}

TEST_CASE("Deliverable plan: a large chain's detail maps follow the chain maps") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/docs/examples/mini");
  std::vector<ChainMapPlan> plans(2);
  plans[0].parts = {ChainPart{"第 1 部分", {0, 1}, ""}, ChainPart{"第 2 部分", {2, 3, 4}, ""}};
  const DeliverablePlan plan = PlanDeliverable(loaded.zone, plans, {OutputFormat::kSvg}, true);
  REQUIRE(plan.maps.size() == 10);
  CHECK(plan.maps[3].stem == "steel-1");
  CHECK(plan.maps[4].stem == "steel-2");
  CHECK(*plan.maps[4].part == 1);
  CHECK(plan.PageName(loaded.zone, plans, plan.maps[4]) == "钢铁 · 第 2 部分");
  CHECK(plan.maps[8].stem == "steel-1");
  CHECK(plan.maps[8].vision);
}

}  // namespace
}  // namespace chainmap
