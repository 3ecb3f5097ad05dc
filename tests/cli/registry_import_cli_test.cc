// chainmap import with registry exports as downloaded (tests/fixtures/registry/): the same
// 14 firms as XLSX, GBK CSV and UTF-8 BOM CSV must give the same decisions, row by row.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::ReadWholeFile;
using testing::RunChainmap;
using testing::ScratchDir;
using testing::ShellQuote;
using testing::WriteWholeFile;

const std::filesystem::path kSource = CHAINMAP_SOURCE_DIR;

std::filesystem::path Fixture(const std::string& name) {
  return kSource / "tests/fixtures/registry" / name;
}

/// A copy of the real zone (chains/) to import into.
std::filesystem::path CopyZone(const ScratchDir& scratch) {
  const auto zone = scratch.path() / "zone";
  std::filesystem::copy(kSource / "chains", zone);
  std::filesystem::remove(zone / ".chainmap.lock");
  return zone;
}

// The decisions a planner would make (tests/fixtures/registry/expected-rows.csv), by sheet
// row (title = row 1, header = row 2): 3 弹簧, local → steel/springs; 4 C3849 ties stack and
// fc-system, 经营范围 names 电堆 → stack only; 5 注销 and 6 吊销 skipped; 7 a 郑州 firm is
// external, C3453 ties three links, 谐波减速器 picks one (减速器 inside it does not count); 8
// 富联科技（济源）有限公司 is 富联科技; 9 repeats row 3: unchanged; 10 C3130 ties three links and
// 经营范围 names none: not spread, skipped; 11 invalid USCC, placed by 碳纤维 alone, flagged;
// 12 百货 fits nothing; 13 中原特钢股份有限公司 is 中原特钢; 14 曾用名 济源优克电子有限公司 is
// 优克电子; 15 迁出 skipped; 16 加氢站 by F5266.
TEST_CASE("import: an XLSX, a GBK CSV and a UTF-8 BOM CSV of one export give the same rows",
          "[cli][import][registry]") {
  const std::string expected = ReadWholeFile(Fixture("expected-rows.csv"));
  REQUIRE(!expected.empty());
  for (const std::string name :
       {"jiyuan-export.xlsx", "jiyuan-export-gbk.csv", "jiyuan-export-utf8bom.csv"}) {
    INFO(name);
    ScratchDir scratch;
    const auto zone = CopyZone(scratch);
    const auto report = scratch.path() / "report";
    const auto result =
        RunChainmap("import " + ShellQuote(zone.string()) + " --enterprises " +
                    ShellQuote(Fixture(name).string()) + " --export-date 2024-06-30 --csv " +
                    ShellQuote(report.string()));
    CHECK(result.err.empty());
    CHECK(result.exit_code == 0);
    CHECK(ReadWholeFile(report / "import-rows.csv") == expected);
    const std::string kind = name.find("xlsx") != std::string::npos  ? "XLSX, sheet '企业列表'"
                             : name.find("gbk") != std::string::npos ? "GB18030 (GBK)"
                                                                     : "UTF-8 with BOM";
    CHECK(result.out.find("read " + Fixture(name).string() + ": " + kind +
                          ", header in row 2, 14 data rows, exported 2024-06-30\n") == 0);
    CHECK(result.out.find("  columns ignored: 序号 法定代表人 电话\n") != std::string::npos);
    // Applied: the records carry their row and the export's date.
    const std::string enterprises = ReadWholeFile(zone / "enterprises.json");
    CHECK(enterprises.find("\"import: " + name + " row 3 (exported 2024-06-30)\"") !=
          std::string::npos);
    CHECK(enterprises.find("\"import: " + name + " row 16 (exported 2024-06-30)\"") !=
          std::string::npos);
    CHECK(enterprises.find("济源市金鼎铁合金") == std::string::npos);  // 注销
    const std::string candidates = ReadWholeFile(zone / "candidates.json");
    CHECK(candidates.find("郑州中原精传科技有限公司") != std::string::npos);
    // Importing the same file again changes nothing.
    const auto again =
        RunChainmap("import " + ShellQuote(zone.string()) + " --enterprises " +
                    ShellQuote(Fixture(name).string()) + " --export-date 2024-06-30");
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("the zone is unchanged\n") != std::string::npos);
  }
}

TEST_CASE("import: a dry run shows each chain before -> after and writes nothing",
          "[cli][import][registry]") {
  ScratchDir scratch;
  const auto zone = CopyZone(scratch);
  const std::string before = ReadWholeFile(zone / "enterprises.json");
  const auto result =
      RunChainmap("import " + ShellQuote(zone.string()) + " --enterprises " +
                  ShellQuote(Fixture("jiyuan-export.xlsx").string()) + " --dry-run");
  CHECK(result.exit_code == 0);
  CHECK(ReadWholeFile(zone / "enterprises.json") == before);
  CHECK(result.out.find("\nchains before -> after:\n") != std::string::npos);
  CHECK(result.out.find("dry run: nothing written\n") != std::string::npos);
  CHECK(result.out.find("  hydrogen: ") != std::string::npos);
}

TEST_CASE("import: bad files are refused whole with file, row and column, bad rows skipped",
          "[cli][import][registry]") {
  ScratchDir scratch;
  const auto zone = CopyZone(scratch);
  const std::string before = ReadWholeFile(zone / "enterprises.json");
  const auto run = [&](const std::string& file, const std::string& extra = "") {
    return RunChainmap("import " + ShellQuote(zone.string()) + " --enterprises " +
                       ShellQuote(Fixture("bad/" + file).string()) + extra);
  };
  const auto zip = run("unreadable.xlsx");
  CHECK(zip.exit_code == 2);
  CHECK(zip.err.find(Fixture("bad/unreadable.xlsx").string() +
                     ": not a readable XLSX workbook (ZIP: ") == 0);
  CHECK(zip.err.find("GBK") == std::string::npos);
  const auto no_header = run("no-header.xlsx");
  CHECK(no_header.exit_code == 2);
  CHECK(no_header.err == Fixture("bad/no-header.xlsx").string() +
                             ": no header row in the first 30 rows: expected a row naming "
                             "企业名称 (or 公司名称) and other registry columns such as "
                             "统一社会信用代码, 登记状态, 所属城市\n");
  const std::string ragged = Fixture("bad/ragged.csv").string();
  const auto skipped = run("ragged.csv");
  CHECK(skipped.exit_code == 2);
  CHECK(skipped.err ==
        ragged +
            ":3:6: the row has 5 cells, the header 6: a cell holds an unquoted comma, or "
            "cells are missing; the row is skipped\n" +
            ragged +
            ":4:7: the row has 7 cells, the header 6: a cell holds an unquoted "
            "comma, or cells are missing; the row is skipped\n");
  CHECK(skipped.out.find("imported 1 new, merged 0, unchanged 0, skipped 0, bad 2 of 3 rows\n") !=
        std::string::npos);
  // --strict refuses the file at its first bad row and writes nothing.
  ScratchDir scratch2;
  const auto zone2 = CopyZone(scratch2);
  const std::string before2 = ReadWholeFile(zone2 / "enterprises.json");
  const auto strict = RunChainmap("import " + ShellQuote(zone2.string()) + " --enterprises " +
                                  ShellQuote(ragged) + " --strict");
  CHECK(strict.exit_code == 2);
  CHECK(strict.err == ragged +
                          ":3:6: the row has 5 cells, the header 6: a cell holds an "
                          "unquoted comma, or cells are missing (--strict: the file is "
                          "refused)\n");
  CHECK(strict.out.empty());
  CHECK(ReadWholeFile(zone2 / "enterprises.json") == before2);
  (void)before;
}

// Issue 19: a control character in a firm's name made import write a zone the loader
// refuses ("internal error: imported zone does not load", exit 1). The row is skipped
// with the loader's own message, and nothing else changes.
TEST_CASE("import: a row whose name holds a control character is skipped, not written",
          "[cli][import][registry]") {
  ScratchDir scratch;
  const auto zone = CopyZone(scratch);
  const std::string before = ReadWholeFile(zone / "enterprises.json");
  std::string csv = ReadWholeFile(Fixture("jiyuan-export-utf8bom.csv"));
  csv = csv.substr(0, csv.find('\n', csv.find('\n', csv.find('\n') + 1) + 1) + 1);  // 3 lines
  const std::string name = "济源市恒通弹簧有限公司";
  REQUIRE(csv.find(name) != std::string::npos);
  csv.replace(csv.find(name), name.size(), "济源市恒通\x01弹簧有限公司");
  WriteWholeFile(scratch.path() / "ctl.csv", csv);
  const auto result = RunChainmap("import " + ShellQuote(zone.string()) + " --enterprises " +
                                  ShellQuote((scratch.path() / "ctl.csv").string()));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("(企业名称: control character U+0001 at character 6: remove it (a name "
                        "is one line of text without control characters))") != std::string::npos);
  CHECK(result.out.find("skipped 1, bad 0 of 1 row") != std::string::npos);
  CHECK(ReadWholeFile(zone / "enterprises.json") == before);
}

}  // namespace
}  // namespace chainmap
