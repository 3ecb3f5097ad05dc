// chainmap import on the mini zone with the CSV fixtures in tests/fixtures/import/.
#include <catch2/catch.hpp>

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::ReadWholeFile;
using testing::RunChainmap;
using testing::ScratchDir;
using testing::ShellQuote;

std::filesystem::path Fixture(const std::string& name) {
  return std::filesystem::path(CHAINMAP_SOURCE_DIR) / "tests/fixtures/import" / name;
}

/// A copy of the mini zone to import into.
std::filesystem::path CopyMini(const ScratchDir& scratch) {
  const auto zone = scratch.path() / "zone";
  std::filesystem::copy(testing::MiniZone(), zone);
  return zone;
}

std::string Import(const std::filesystem::path& zone, const std::filesystem::path& csv,
                   const std::string& extra = "") {
  return ShellQuote(zone.string()) + " --enterprises " + ShellQuote(csv.string()) + extra;
}

TEST_CASE("import: Chinese headers, industry codes, merge by USCC and name, bad rows") {
  ScratchDir scratch;
  const auto zone = CopyMini(scratch);
  const auto csv = Fixture("zh.csv");
  const auto result = RunChainmap("import " + Import(zone, csv));
  CHECK(result.exit_code == 2);  // Some rows were rejected; the good ones are imported.
  CHECK(result.out == "imported 2 new, merged 2, unchanged 0, rejected 3 of 7 rows from " +
                          csv.string() + "\nwrote " + (zone / "candidates.json").string() + " " +
                          (zone / "enterprises.json").string() + "\n");
  const std::string f = csv.string();
  CHECK(result.err ==
        f + ":1: note: column '法定代表人' is not imported\n" + f +
            ":5: 行业代码 C9999 matches no link's industry_codes and 所属环节 is empty; "
            "name the link in 所属环节\n" +
            f +
            ":6: 统一社会信用代码 '91419001MA4000001X' is not valid: check character is 'X', "
            "expected 'F' (a character was mistyped)\n" +
            f + ":9: 企业名称 is empty\n");

  // The whole enterprise records, through the export (which shows links and attributes).
  const std::string enterprises = ReadWholeFile(zone / "enterprises.json");
  // Row 2 merged into 'mill' by name: USCC filled in, tag added, row recorded as source.
  CHECK(enterprises.find(R"("uscc": "91419001MA4000000C",)") != std::string::npos);
  CHECK(enterprises.find(R"("tags": ["规上", "高新技术企业"],)") != std::string::npos);
  CHECK(enterprises.find(R"("source": ["[inf] example", "import: zh.csv row 2"])") !=
        std::string::npos);
  // Row 3 new, attached by 行业代码 C3130 to steel/wire-rod; row 7 (same USCC, another
  // name) merged into it: link and tag added, its name kept.
  CHECK(enterprises.find(R"(    {
      "id": "imp-91419001ma4000001f",
      "name": "新线材有限公司",
      "local": true,
      "uscc": "91419001MA4000001F",
      "tags": ["规上", "专精特新", "上市"],
      "links": ["steel/wire-rod", "steel/springs"],
      "revenue": {"value": 12.5, "unit": "亿元", "source": "import: zh.csv row 3"},
      "region": "河南省济源市",
      "source": ["import: zh.csv row 3", "import: zh.csv row 7"]
    })") != std::string::npos);
  // Row 4: 本地 = 否, so a candidate, with a deterministic id from its name.
  CHECK(ReadWholeFile(zone / "candidates.json").find(R"(    {
      "id": "imp-6dd2313d5a73",
      "name": "某减速器企业",
      "local": false,
      "links": ["equipment/reducer"],
      "region": "江苏省南京市",
      "source": "import: zh.csv row 4"
    })") != std::string::npos);

  // Every other file of the zone is byte for byte as it was (they are not canonical).
  for (const char* name : {"zone.json", "steel.json", "equipment.json", "projects.json"})
    CHECK(ReadWholeFile(zone / name) == ReadWholeFile(testing::MiniZone() / name));
  CHECK(RunChainmap("validate " + ShellQuote(zone.string())).exit_code == 0);

  // Importing the same file again changes nothing.
  const std::string before = ReadWholeFile(zone / "enterprises.json");
  const auto again = RunChainmap("import " + Import(zone, csv));
  CHECK(again.out == "imported 0 new, merged 0, unchanged 4, rejected 3 of 7 rows from " +
                         csv.string() + "\nthe zone is unchanged\n");
  CHECK(ReadWholeFile(zone / "enterprises.json") == before);
}

TEST_CASE("import: English headers, revenue in 万元, codes without a section letter") {
  ScratchDir scratch;
  const auto zone = CopyMini(scratch);
  const auto csv = Fixture("en.csv");
  const auto result = RunChainmap("import " + Import(zone, csv));
  CHECK(result.exit_code == 2);
  CHECK(result.out == "imported 1 new, merged 0, unchanged 2, rejected 1 of 4 rows from " +
                          csv.string() + "\nwrote " + (zone / "enterprises.json").string() + "\n");
  CHECK(result.err ==
        csv.string() +
            ":5: neither 所属环节 nor 行业代码 is given: the row cannot be attached "
            "to a link\n" +
            csv.string() +
            ":3: note: kept 所在地区 '江苏省' of 'gearco' (the file says '上海市')\n");
  // 12,345 万元 = 1.2345 亿元; "3130" matches steel/wire-rod's C3130.
  CHECK(ReadWholeFile(zone / "enterprises.json").find(R"(    {
      "id": "imp-91320100ma1000002l",
      "name": "Acme Gears Ltd.",
      "local": true,
      "uscc": "91320100MA1000002L",
      "tags": ["listed", "规上"],
      "links": ["steel/wire-rod"],
      "revenue": {"value": 1.2345, "unit": "亿元", "source": "import: en.csv row 2"},
      "region": "江苏省南京市",
      "source": "import: en.csv row 2"
    })") != std::string::npos);
  for (const char* name :
       {"zone.json", "steel.json", "equipment.json", "projects.json", "candidates.json"})
    CHECK(ReadWholeFile(zone / name) == ReadWholeFile(testing::MiniZone() / name));
}

TEST_CASE("import: a GBK file is refused with what to do, and nothing is written") {
  ScratchDir scratch;
  const auto zone = CopyMini(scratch);
  const auto csv = scratch.path() / "gbk.csv";
  // "企业名称\r\n济源钢铁\r\n" in GBK, as Excel's plain "CSV" saves it on Chinese Windows.
  testing::WriteWholeFile(csv, "\xC6\xF3\xD2\xB5\xC3\xFB\xB3\xC6\r\n\xBC\xC3\xD4\xB4\r\n");
  const auto result = RunChainmap("import " + Import(zone, csv));
  CHECK(result.exit_code == 2);
  CHECK(result.out == "");
  CHECK(result.err == csv.string() +
                          ":1: not UTF-8 (byte 0xC6); the file is probably GBK/GB18030: in "
                          "Excel save it as \"CSV UTF-8 (逗号分隔)\", or convert it with "
                          "'iconv -f GB18030 -t UTF-8'\n");
  for (const auto& entry : std::filesystem::directory_iterator(testing::MiniZone()))
    CHECK(ReadWholeFile(zone / entry.path().filename()) == ReadWholeFile(entry.path()));
}

TEST_CASE("import: usage errors and --dry-run") {
  ScratchDir scratch;
  const auto zone = CopyMini(scratch);
  const auto missing = RunChainmap("import " + ShellQuote(zone.string()));
  CHECK(missing.exit_code == 2);
  CHECK(missing.err ==
        "chainmap import: missing --enterprises FILE.csv (see 'chainmap import --help')\n");
  const auto dry = RunChainmap("import " + Import(zone, Fixture("zh.csv"), " --dry-run"));
  CHECK(dry.exit_code == 2);
  CHECK(dry.out.find("dry run: nothing written\n") != std::string::npos);
  CHECK(ReadWholeFile(zone / "enterprises.json") ==
        ReadWholeFile(testing::MiniZone() / "enterprises.json"));
}

TEST_CASE("import: one row says '1 row'") {
  ScratchDir scratch;
  const auto zone = CopyMini(scratch);
  const auto csv = scratch.path() / "one.csv";
  std::ofstream(csv) << "name,link\nOne Co.,steel/scrap\n";
  const auto result = RunChainmap("import " + Import(zone, csv));
  CHECK(result.exit_code == 0);
  CHECK(result.out.rfind("imported 1 new, merged 0, unchanged 0, rejected 0 of 1 row from " +
                             csv.string() + "\n",
                         0) == 0);
}

}  // namespace
}  // namespace chainmap
