// One writer at a time: fmt started while import writes must never lose the import.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include "src/io/zone_lock.h"
#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::RaceRounds;
using testing::ReadWholeFile;
using testing::RunChainmap;
using testing::RunProcess;
using testing::ScratchDir;
using testing::ShellQuote;

const std::filesystem::path kSource = CHAINMAP_SOURCE_DIR;

TEST_CASE("race: fmt started while import writes, 20 times (5 under ASan), nothing lost",
          "[cli][zone_lock][race]") {
  const std::string binary = ShellQuote(CHAINMAP_BINARY);
  const std::string xlsx =
      ShellQuote((kSource / "tests/fixtures/registry/jiyuan-export.xlsx").string());
  for (int i = 0; i < RaceRounds(20); ++i) {
    INFO("round " << i);
    ScratchDir scratch;
    const auto zone = scratch.path() / "zone";
    std::filesystem::copy(kSource / "chains", zone);
    std::filesystem::remove(zone / ".chainmap.lock");
    const std::string z = ShellQuote(zone.string());
    // import in the background, fmt as soon as it has started; both must succeed.
    const auto result = RunProcess("(" + binary + " import " + z + " --enterprises " + xlsx +
                                   " >/dev/null & pid=$!; " + binary + " fmt " + z +
                                   " >/dev/null; f=$?; wait $pid; i=$?; echo $i $f)");
    CHECK(result.out == "0 0\n");
    const std::string enterprises = ReadWholeFile(zone / "enterprises.json");
    CHECK(enterprises.find("济源市恒通弹簧有限公司") != std::string::npos);
    CHECK(enterprises.find("\"import: jiyuan-export.xlsx row 16") != std::string::npos);
    CHECK(ReadWholeFile(zone / "candidates.json").find("郑州中原精传科技有限公司") !=
          std::string::npos);
  }
}

TEST_CASE("a second writer refuses with exit 2 and leaves no lock file", "[cli][zone_lock]") {
  ScratchDir scratch;
  const auto zone = scratch.path() / "zone";
  std::filesystem::copy(kSource / "docs/examples/mini", zone);
  const std::string before = ReadWholeFile(zone / "steel.json");
  {
    const ZoneLock held(zone, "test", std::chrono::milliseconds(0));
    const auto result = RunChainmap("fmt " + ShellQuote(zone.string()) + " --wait 0.2");
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(zone.string() +
                          ": the zone is being written by another chainmap command") == 0);
    CHECK(result.err.find("; try again when it has finished (or wait longer with --wait "
                          "SECONDS)\n") != std::string::npos);
  }
  // Released: the next writer goes ahead.
  const auto result = RunChainmap("fmt " + ShellQuote(zone.string()) + " --wait 0");
  CHECK(result.exit_code == 0);
  CHECK(!std::filesystem::exists(zone / ".chainmap.lock"));
  (void)before;
}

}  // namespace
}  // namespace chainmap
