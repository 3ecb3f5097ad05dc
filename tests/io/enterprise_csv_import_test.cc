#include "src/io/enterprise_csv_import.h"

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"
#include "src/io/zone_saver.h"
#include "tests/cli/run_process.h"
#include "tests/io/zone_fixture.h"

namespace chainmap {
namespace {

Zone Mini() { return LoadZoneDirectory(testing::MiniZone()).zone; }

std::vector<std::string> Rejections(const ImportReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.rejected) out.push_back(FormatDiagnostic(d));
  return out;
}

TEST_CASE("Industry codes: a link's code covers the codes it is a prefix of") {
  CHECK(IndustryCodeCovers("C31", "C3130"));
  CHECK(IndustryCodeCovers("C3130", "3130"));
  CHECK(IndustryCodeCovers("3130", "C3130"));
  CHECK(!IndustryCodeCovers("C3130", "C31"));  // Too coarse to place.
  CHECK(!IndustryCodeCovers("C3130", "C3120"));
  CHECK(!IndustryCodeCovers("D3130", "C3130"));
}

TEST_CASE("Import attaches by the most specific industry code") {
  // steel/steelmaking has C3120, steel/wire-rod C3130; give equipment/robot "C31" too:
  // an enterprise coded C3130 goes to wire-rod (4 digits beat 2), one coded C3140 to robot.
  Zone zone = Mini();
  const auto csv = ParseEnterpriseCsv("name,industry_code\nA,C3130\nB,C3140\n", "f.csv");
  // Rebuild the equipment chain with a code on robot.
  Chain equipment = zone.chains()[1];
  auto links = equipment.links();
  links[1].industry_codes = {"C31"};
  equipment.SetTopology(links, equipment.edges());
  Zone coded;
  coded.AddChain(zone.chains()[0]);
  coded.AddChain(equipment);
  const ImportReport report = ImportEnterprises(coded, csv, "f.csv");
  CHECK(report.rejected.empty());
  REQUIRE(coded.enterprises().size() == 2);
  CHECK(coded.QualifiedId(coded.enterprises()[0].links.at(0)) == "steel/wire-rod");
  CHECK(coded.enterprises()[0].links.size() == 1);
  CHECK(coded.QualifiedId(coded.enterprises()[1].links.at(0)) == "equipment/robot");
}

TEST_CASE("Import: links by id or Chinese name, ambiguous and unknown links are rejected") {
  Zone zone = Mini();
  const auto csv =
      ParseEnterpriseCsv("name,link\nA,线材\nB,wire-rd\nC,steel/springs、robot\n", "f.csv");
  const ImportReport report = ImportEnterprises(zone, csv, "f.csv");
  CHECK(report.imported == 2);
  CHECK(Rejections(report) ==
        std::vector<std::string>{"f.csv:3: 所属环节 'wire-rd' is not a link of the zone"});
  CHECK(zone.QualifiedId(zone.enterprises()[4].links.at(0)) == "steel/wire-rod");
  CHECK(zone.enterprises()[5].links.size() == 2);
}

TEST_CASE("Import: merge by USCC first, by name second, a name with another USCC is refused") {
  Zone zone = Mini();
  zone.enterprise(0).uscc = "91419001MA4000000C";  // mill
  const auto csv = ParseEnterpriseCsv(
      "name,uscc,link,region,revenue\n"
      "Renamed Mill,91419001MA4000000C,steel/scrap,,3\n"      // same USCC: merges into mill
      "示例弹簧厂,,steel/springs,河南省济源市,\n"             // same name: fills region
      "示例钢铁有限公司,91419001MA4000001F,steel/scrap,,\n",  // mill's name, other USCC
      "f.csv");
  const ImportReport report = ImportEnterprises(zone, csv, "f.csv");
  CHECK(report.imported == 0);
  CHECK(report.merged == 2);
  CHECK(Rejections(report) ==
        std::vector<std::string>{"f.csv:4: 企业名称 '示例钢铁有限公司' is enterprise 'mill' whose "
                                 "统一社会信用代码 is 91419001MA4000000C, not 91419001MA4000001F"});
  const Enterprise& mill = *zone.FindEnterprise("mill");
  CHECK(mill.name == "示例钢铁有限公司");  // Never overwritten.
  CHECK(zone.QualifiedId(mill.links.back()) == "steel/scrap");
  REQUIRE(mill.revenue);
  CHECK(mill.revenue->value == 3);
  CHECK(mill.revenue->source == Sources{"import: f.csv row 2"});
  CHECK(zone.FindEnterprise("springco")->region == "河南省济源市");
}

TEST_CASE("Imported ids: from the USCC, an ASCII slug, or a stable hash of the name") {
  CHECK(ImportedEnterpriseId("91419001MA4000000C", "x") == "imp-91419001ma4000000c");
  CHECK(ImportedEnterpriseId("", "ACME Gears Ltd.") == "imp-acme-gears-ltd");
  CHECK(ImportedEnterpriseId("", "某减速器企业") == "imp-6dd2313d5a73");
  // A long ASCII name is cut to 60 characters of slug, never past the format's id limit.
  const std::string long_name = std::string(59, 'a') + " " + std::string(200, 'b');
  CHECK(ImportedEnterpriseId("", long_name) == "imp-" + std::string(59, 'a'));
  CHECK(ImportedEnterpriseId("", std::string(300, 'R')) == "imp-" + std::string(60, 'r'));
  Zone zone = Mini();
  const auto csv = ParseEnterpriseCsv(
      "name,link\nACME Gears Ltd.,steel/scrap\nacme gears ltd,steel/scrap\n", "f.csv");
  ImportEnterprises(zone, csv, "f.csv");
  CHECK(zone.FindEnterprise("imp-acme-gears-ltd"));
  CHECK(zone.FindEnterprise("imp-acme-gears-ltd-2"));
}

TEST_CASE("Imported ids: two long names alike in their first 60 characters both load") {
  Zone zone = Mini();
  const std::string a = std::string(70, 'x') + " one", b = std::string(70, 'x') + " two";
  const auto csv =
      ParseEnterpriseCsv("name,link\n" + a + ",steel/scrap\n" + b + ",steel/scrap\n", "f.csv");
  const ImportReport report = ImportEnterprises(zone, csv, "f.csv");
  CHECK(report.imported == 2);
  CHECK(zone.FindEnterprise("imp-" + std::string(60, 'x'))->name == a);
  CHECK(zone.FindEnterprise("imp-" + std::string(60, 'x') + "-2")->name == b);
  CHECK_NOTHROW(testing::LoadFiles(SaveZone(zone)));
}

}  // namespace
}  // namespace chainmap
