// Issue 19 item 4: names of tens of thousands of characters. Up to 32,767 (what a
// spreadsheet cell holds) they are drawn shortened, with no word from Graphviz; beyond,
// every command refuses them naming the record.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include <filesystem>
#include <regex>
#include <string>

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

namespace fs = std::filesystem;
using testing::ReadWholeFile;
using testing::RunChainmap;
using testing::ScratchDir;
using testing::ShellQuote;
using testing::WriteWholeFile;

/// `text` with its first `from` replaced by `to`.
std::string With(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

TEST_CASE("names of 30,000 characters are drawn shortened, without Graphviz's complaints",
          "[cli][render][long]") {
  ScratchDir scratch;
  const fs::path zone = scratch.path() / "zone";
  fs::copy(testing::MiniZone(), zone);
  const std::string long_name(30000, 'Z');
  WriteWholeFile(zone / "zone.json", With(ReadWholeFile(zone / "zone.json"), "\"zh\": \"示例园区\"",
                                          "\"zh\": \"" + long_name + "\""));
  std::string steel = ReadWholeFile(zone / "steel.json");
  steel = With(steel, "\"zh\": \"钢铁\"", "\"zh\": \"" + long_name + "\"");
  steel = With(steel, "\"zh\": \"废钢\"", "\"zh\": \"" + long_name + "\"");
  WriteWholeFile(zone / "steel.json", steel);
  for (const std::string& what : {std::string("--chain steel"), std::string("--overview")}) {
    INFO(what);
    const fs::path png = scratch.path() / "map.png";
    const auto r = RunChainmap("render " + ShellQuote(zone.string()) + " " + what +
                               " --format png -o " + ShellQuote(png.string()));
    CHECK(r.err == "");
    CHECK(r.exit_code == 0);
    const auto svg = RunChainmap("render " + ShellQuote(zone.string()) + " " + what);
    REQUIRE(svg.exit_code == 0);
    std::smatch width;
    REQUIRE(std::regex_search(svg.out, width, std::regex("<svg width=\"([0-9]+)pt\"")));
    CHECK(std::stoi(width[1]) < 3000);  // the default data's widest map is about 2,000 pt
  }
}

TEST_CASE("a name over 32,767 characters: lists and build refuse it naming the record",
          "[cli][lists][long]") {
  ScratchDir scratch;
  const std::string zone = ShellQuote(CHAINMAP_SOURCE_DIR "/tests/bad_inputs/long-name");
  const std::string expected =
      ReadWholeFile(CHAINMAP_SOURCE_DIR "/tests/bad_inputs/long-name/expected.txt");
  for (const std::string command : {"lists", "build"}) {
    INFO(command);
    const auto r =
        RunChainmap(command + " " + zone + " -o " + ShellQuote((scratch.path() / "out").string()));
    CHECK(r.exit_code == 2);
    CHECK(r.err.substr(0, r.err.find('\n') + 1) ==
          std::regex_replace(expected, std::regex("^tests/bad_inputs"),
                             CHAINMAP_SOURCE_DIR "/tests/bad_inputs"));
    CHECK(fs::is_empty(scratch.path()));
  }
}

}  // namespace
}  // namespace chainmap
