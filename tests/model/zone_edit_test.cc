#include "src/model/zone_edit.h"

#include <catch2/catch.hpp>
#include <stdexcept>

#include "tests/analysis/zone_builder.h"

using namespace chainmap;

namespace {

Zone SmallZone() {
  testing::ZoneBuilder b;
  b.AddChain("steel", {"U:steelmaking", "wire-rod", "D:springs"},
             {{"steelmaking", "wire-rod"}, {"wire-rod", "springs"}});
  Zone zone = b.zone;
  Enterprise mill;
  mill.id = "mill";
  mill.name = "河南济源钢铁（集团）有限公司";
  mill.local = true;
  mill.links = {LinkKey{0, 0}};
  mill.tags = {"规上"};
  mill.region = "河南省济源市";
  mill.source = {"001_c733a3e8616874ce.txt 二(二)"};
  zone.AddEnterprise(mill);
  return zone;
}

}  // namespace

TEST_CASE("zone edits: add, merge without overwriting, attach, each records its source",
          "[model][zone_edit]") {
  Zone zone = SmallZone();
  ZoneEdit add;
  add.kind = EditKind::kAddEnterprise;
  add.enterprise.id = "imp-x";
  add.enterprise.name = "济源市弹簧有限公司";
  add.enterprise.local = true;
  add.enterprise.links = {LinkKey{0, 2}};
  add.source = "import: a.xlsx row 3 (exported 2024-06-30)";

  ZoneEdit merge;
  merge.kind = EditKind::kMergeFields;
  merge.target = "mill";
  merge.enterprise.uscc = "91419001MA40000006";
  merge.enterprise.region = "河南省郑州市";  // the zone's value is kept
  merge.enterprise.tags = {"规上", "高新技术企业"};
  merge.enterprise.insured = 3200;
  merge.source = "import: a.xlsx row 4 (exported 2024-06-30)";

  ZoneEdit attach;
  attach.kind = EditKind::kAttachToLink;
  attach.target = "mill";
  attach.link = LinkKey{0, 1};
  attach.source = merge.source;

  ZoneEdit again = attach;  // attaching twice changes nothing the second time

  const auto outcomes = ApplyZoneEdits(zone, {add, merge, attach, again});
  REQUIRE(outcomes.size() == 4);
  CHECK(outcomes[0].changed == std::vector<std::string>{"enterprise"});
  CHECK(outcomes[1].changed == std::vector<std::string>{"uscc", "insured", "tags"});
  CHECK(outcomes[2].changed == std::vector<std::string>{"links"});
  CHECK(outcomes[3].changed.empty());

  const Enterprise& mill = *zone.FindEnterprise("mill");
  CHECK(mill.uscc == "91419001MA40000006");
  CHECK(mill.region == "河南省济源市");
  CHECK(mill.tags == std::vector<std::string>{"规上", "高新技术企业"});
  CHECK(mill.links == std::vector<LinkKey>{{0, 0}, {0, 1}});
  CHECK(mill.source ==
        Sources{"001_c733a3e8616874ce.txt 二(二)", "import: a.xlsx row 4 (exported 2024-06-30)"});
  CHECK(zone.FindEnterprise("imp-x")->source ==
        Sources{"import: a.xlsx row 3 (exported 2024-06-30)"});

  CHECK(DescribeZoneEdit(zone, add) ==
        "add local enterprise 济源市弹簧有限公司 (imp-x) on steel/springs");
  CHECK(DescribeZoneEdit(zone, merge) ==
        "merge into mill where empty: uscc, region, insured, tags");
  CHECK(DescribeZoneEdit(zone, attach) == "attach mill to steel/wire-rod");
}

TEST_CASE("zone edits: a project's stage moves forward and keeps its history",
          "[model][zone_edit]") {
  Zone zone = SmallZone();
  Project p;
  p.id = "springs-plant";
  p.name = "弹簧项目";
  p.stage = ProjectStage::kSigned;
  p.as_of = "2023-06";
  p.source = {"000_736da97378c749be.txt 一(二)"};
  ZoneEdit add{EditKind::kAddProject, "", {}, p, {}, {}, "", "extract: 001 二(二)"};
  ZoneEdit stage{EditKind::kSetProjectStage,
                 "springs-plant",
                 {},
                 {},
                 {},
                 ProjectStage::kConstruction,
                 "2024-06",
                 "extract: 001 二(二)"};
  ApplyZoneEdits(zone, {add, stage});
  const Project& got = *zone.FindProject("springs-plant");
  CHECK(got.stage == ProjectStage::kConstruction);
  CHECK(got.as_of == "2024-06");
  REQUIRE(got.history.size() == 1);
  CHECK(got.history[0].stage == ProjectStage::kSigned);
  CHECK(got.history[0].as_of == "2023-06");
}

TEST_CASE("zone edits: an edit naming an unknown record is the producer's bug",
          "[model][zone_edit]") {
  Zone zone = SmallZone();
  ZoneEdit attach{EditKind::kAttachToLink, "nobody", {}, {}, {0, 1}, {}, "", "x"};
  CHECK_THROWS_AS(ApplyZoneEdits(zone, {attach}), std::invalid_argument);
  ZoneEdit add;
  add.enterprise.id = "mill";
  CHECK_THROWS_AS(ApplyZoneEdits(zone, {add}), std::invalid_argument);
}
