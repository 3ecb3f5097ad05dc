// -o - is standard output for every command that writes one file; a binary format is never
// written to a terminal (a pseudo-terminal made by util-linux's `script`).
#include <catch2/catch.hpp>
#include "test_paths.h"

#include <filesystem>

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::RunProcess;
using testing::ShellQuote;

std::string Binary() { return ShellQuote(CHAINMAP_BINARY); }
std::string Mini() { return ShellQuote(testing::MiniZone().string()); }

TEST_CASE("Standard output: -o - writes to it, and no file named '-' appears") {
  const testing::ScratchDir dir;
  const std::string cd = "cd " + ShellQuote(dir.path().string()) + " && ";
  const auto deck = RunProcess(cd + Binary() + " deck " + Mini() + " -o - | head -c 2");
  CHECK(deck.exit_code == 0);
  CHECK(deck.out == "PK");
  const auto graph = RunProcess(cd + Binary() + " export " + Mini() + " -o -");
  CHECK(graph.exit_code == 0);
  CHECK(graph.out.rfind("<?xml", 0) == 0);
  const auto png = RunProcess(cd + Binary() + " render " + Mini() +
                              " --chain steel --format png -o - | head -c 4 | tail -c 3");
  CHECK(png.out == "PNG");
  CHECK_FALSE(std::filesystem::exists(dir.path() / "-"));
}

TEST_CASE("A binary format is never written to a terminal") {
  if (RunProcess("command -v script").exit_code != 0) {
    WARN("util-linux's script is missing: the terminal case is not checked");
    return;
  }
  for (const std::string& args :
       {" render " + Mini() + " --chain steel --format png", " deck " + Mini() + " -o -"}) {
    // `script` gives the command a pseudo-terminal as standard output and passes its exit code.
    const auto r = RunProcess("script -qec " + ShellQuote(CHAINMAP_BINARY + args) + " /dev/null");
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("will not write a binary file to the terminal: give -o FILE, or redirect") !=
          std::string::npos);
    CHECK(r.out.find("PNG") == std::string::npos);
    CHECK(r.out.find("PK") == std::string::npos);
  }
  // Text goes to a terminal as usual.
  const auto text = RunProcess("script -qec " +
                               ShellQuote(CHAINMAP_BINARY + (" export " + Mini())) + " /dev/null");
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("<graphml") != std::string::npos);
}

}  // namespace
}  // namespace chainmap
