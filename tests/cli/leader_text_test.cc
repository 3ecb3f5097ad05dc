// #14 must-show: what a leader reads in the default zone's deliverable (every map, 现状 and
// 远景, and every slide of the deck) holds no English word outside the zone's own names, no
// file name and no internal marker. tests/cli/check_leader_text.py reads the files itself.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::RunChainmap;
using testing::ScratchDir;
using testing::ShellQuote;

TEST_CASE("build chains: maps and deck in Chinese, sources by title, no file names",
          "[cli][build][leader]") {
  ScratchDir scratch;
  const auto out = scratch.path() / "out";
  const std::string zone = CHAINMAP_SOURCE_DIR "/chains";
  const auto built =
      RunChainmap("build " + ShellQuote(zone) + " -o " + ShellQuote(out.string()) + " --maps svg");
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  const auto check = testing::RunProcess("/usr/bin/python3 " CHAINMAP_SOURCE_DIR
                                         "/tests/cli/check_leader_text.py " +
                                         ShellQuote(out.string()) + " " + ShellQuote(zone));
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  // Every map (7 chains and the overview, 现状 and 远景) and every slide was read.
  CHECK(check.out.find("read ") == 0);
  CHECK(check.out.find("; 0 offences\n") != std::string::npos);
}

}  // namespace
}  // namespace chainmap
