// chainmap targets --pool with the registry fixtures of tests/fixtures/registry/: the same
// 14 firms as XLSX, GBK CSV and UTF-8 BOM CSV rank the same way.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::RunChainmap;
using testing::ShellQuote;

const std::filesystem::path kSource = CHAINMAP_SOURCE_DIR;

}  // namespace

// Of the 14 rows (see registry_import_cli_test.cc): 注销 (row 5), 吊销 (6) and 迁出 (15) are
// closed; every other firm is in 河南省济源市 but the 郑州 one (row 7), whose C3453 ties three
// links and whose 谐波减速器 picks harmonic-reducers, a gap link of the default zone.
TEST_CASE("targets --pool: an XLSX, a GBK CSV and a UTF-8 BOM CSV of one export rank alike",
          "[cli][pool]") {
  std::string first;
  for (const std::string name :
       {"jiyuan-export.xlsx", "jiyuan-export-gbk.csv", "jiyuan-export-utf8bom.csv"}) {
    INFO(name);
    const auto path = kSource / "tests/fixtures/registry" / name;
    const auto result = RunChainmap("targets " + ShellQuote((kSource / "chains").string()) +
                                    " --pool " + ShellQuote(path.string()) + " --format csv");
    CHECK(result.exit_code == 0);
    CHECK(result.err.find(": 14 rows: 3 closed, 10 local, 0 already in the zone, 0 on no gap "
                          "link, 1 on gap links, 0 bad; kept 1 firms for ") != std::string::npos);
    const auto lines = result.out.find('\n');
    REQUIRE(lines != std::string::npos);
    CHECK(result.out.find(
              "1,equipment/harmonic-reducers,extend,pool-000001,郑州中原精传科技有限公司,") ==
          lines + 1);
    CHECK(result.out.find('\n', lines + 1) == result.out.size() - 1);  // the one target
    if (first.empty()) first = result.out;
    CHECK(result.out == first);
  }
}

}  // namespace chainmap
