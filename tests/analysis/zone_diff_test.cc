// DiffZones on the tiny zone of tests/io/zone_fixture.h and a later state of it:
//
//   steel:  ore ──▶ steelmaking ──▶ wire-rod ──▶ springs     mill (链主) at steelmaking, wire-rod
//   nev:    battery ──▶ vehicle
//
// old: spring-plant (springs, 5 亿元) in construction, old-plan (ore) planned.
// new: spring-plant operating at 6 亿元 and mill attached to springs; old-plan gone;
//      battery-plant (battery) in negotiation.
#include "src/analysis/zone_diff.h"

#include <catch2/catch.hpp>

#include "tests/io/zone_fixture.h"

namespace chainmap {
namespace {

using testing::Replace;

TEST_CASE("zone diff: projects added, removed, advanced, a link and completeness by hand") {
  testing::ZoneFiles old_files = testing::TinyZoneFiles();
  old_files["projects.json"] = Replace(old_files["projects.json"], R"("source": "[inf] test"}
  ])",
                                       R"("source": "[inf] test"},
    {"id": "old-plan", "name": "矿山项目", "links": ["steel/ore"], "stage": "planned", "source": "[inf] test"}
  ])");
  testing::ZoneFiles new_files = testing::TinyZoneFiles();
  new_files["zone.json"] = Replace(new_files["zone.json"], "2024-06", "2025-06");
  new_files["projects.json"] =
      Replace(Replace(Replace(new_files["projects.json"], R"("stage": "construction")",
                              R"("stage": "operating")"),
                      R"("investment": 5)", R"("investment": 6)"),
              R"("source": "[inf] test"}
  ])",
              R"("source": "[inf] test"},
    {"id": "battery-plant", "name": "电池项目", "links": ["nev/battery"], "stage": "negotiating", "source": "[inf] test"}
  ])");
  new_files["enterprises.json"] = Replace(new_files["enterprises.json"], R"("steel/wire-rod"])",
                                          R"("steel/wire-rod", "steel/springs"])");

  const Zone old_zone = testing::LoadFiles(old_files).zone;
  const Zone new_zone = testing::LoadFiles(new_files).zone;
  const ZoneDiff d = DiffZones(old_zone, new_zone);

  CHECK(d.old_as_of == "2024-06");
  CHECK(d.new_as_of == "2025-06");
  REQUIRE(d.added.size() == 1);
  CHECK(d.added[0].id == "battery-plant");
  CHECK(d.added[0].new_stage == ProjectStage::kNegotiating);
  CHECK_FALSE(d.added[0].old_stage);
  REQUIRE(d.removed.size() == 1);
  CHECK(d.removed[0].id == "old-plan");
  REQUIRE(d.advanced.size() == 1);
  CHECK(d.advanced[0].id == "spring-plant");
  CHECK(d.advanced[0].name == "弹簧项目");
  CHECK(d.advanced[0].old_stage == ProjectStage::kConstruction);
  CHECK(d.advanced[0].new_stage == ProjectStage::kOperating);
  CHECK(d.set_back.empty());
  REQUIRE(d.amount_changed.size() == 1);
  CHECK(*d.amount_changed[0].old_investment == 5);
  CHECK(*d.amount_changed[0].new_investment == 6);

  // Only springs changes: filling (a project in construction) → strong (the 链主 there).
  REQUIRE(d.links.size() == 1);
  CHECK(d.links[0].link == "steel/springs");
  CHECK(d.links[0].old_status == LinkStatus::kFilling);
  CHECK(d.links[0].new_status == LinkStatus::kStrong);
  CHECK(d.links[0].old_gap != GapType::kNone);
  CHECK(d.links[0].new_gap == GapType::kNone);

  // Zone: 2 strong of 6 links → 3 of 6; steel 2/4 → 3/4; nev 0 → 0.
  REQUIRE(d.completeness.size() == 3);
  CHECK(d.completeness[0].chain.empty());
  CHECK(*d.completeness[0].old_value == Approx(2.0 / 6));
  CHECK(*d.completeness[0].new_value == Approx(3.0 / 6));
  CHECK(d.completeness[1].chain == "nev");
  CHECK(*d.completeness[1].new_value == 0);
  CHECK(d.completeness[2].chain == "steel");
  CHECK(*d.completeness[2].old_value == Approx(0.5));
  CHECK(*d.completeness[2].new_value == Approx(0.75));
  // The one candidate (vehicle) stays in the list on both sides.
  CHECK(d.targets.empty());
}

TEST_CASE("zone diff: a zone against itself has nothing to report but completeness") {
  const Zone zone = testing::LoadFiles(testing::TinyZoneFiles()).zone;
  const ZoneDiff d = DiffZones(zone, zone);
  CHECK(d.added.empty());
  CHECK(d.removed.empty());
  CHECK(d.advanced.empty());
  CHECK(d.links.empty());
  CHECK(d.targets.empty());
  for (const CompletenessChange& c : d.completeness) CHECK(c.old_value == c.new_value);
}

}  // namespace
}  // namespace chainmap
