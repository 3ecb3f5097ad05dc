// #14 must-show: what a leader reads in the default zone's deliverable (every map, 现状 and
// 远景, and every slide of the deck) holds no English word outside the zone's own names, no
// file name and no internal marker. tests/cli/check_leader_text.py reads the files itself.
#include <catch2/catch.hpp>

#include <filesystem>

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
  // summary.pdf: one page, and the 问题清单 on it (under the project figures, one line each).
  const auto pdf = ShellQuote((out / "summary.pdf").string());
  const auto info = testing::RunProcess("pdfinfo " + pdf);
  CHECK(info.out.find("Pages:           1\n") != std::string::npos);
  const auto text = testing::RunProcess("pdftotext -raw " + pdf + " -");
  CHECK(text.out.find("问题清单\n产业链 问题 记录于\n各产业链 文件未载明\n") != std::string::npos);
}

TEST_CASE("build chains --lang en: maps and summary in English names and wording",
          "[cli][build][leader][lang]") {
  ScratchDir scratch;
  const auto out = scratch.path() / "out";
  const std::string zone = CHAINMAP_SOURCE_DIR "/chains";
  const auto built = RunChainmap("build " + ShellQuote(zone) + " -o " + ShellQuote(out.string()) +
                                 " --maps svg --lists csv --lang en");
  INFO(built.err);
  REQUIRE(built.exit_code == 0);
  const auto check = testing::RunProcess("/usr/bin/python3 " CHAINMAP_SOURCE_DIR
                                         "/tests/cli/check_english_text.py " +
                                         ShellQuote(out.string()) + " " + ShellQuote(zone));
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  // 16 maps (7 chains and the overview, 现状 and 远景), summary.pdf and index.html.
  CHECK(check.out.find("read 18 files; 0 offences\n") == 0);
}

TEST_CASE("render and build: an unknown --lang is a usage error", "[cli][lang]") {
  ScratchDir scratch;
  const std::string zone = CHAINMAP_SOURCE_DIR "/chains";
  const auto render = RunChainmap("render " + ShellQuote(zone) + " --chain steel --lang fr");
  CHECK(render.exit_code == 2);
  CHECK(render.err == "chainmap render: --lang must be one of zh, en, not 'fr'\n");
  const auto out = scratch.path() / "out";
  const auto build =
      RunChainmap("build " + ShellQuote(zone) + " -o " + ShellQuote(out.string()) + " --lang EN");
  CHECK(build.exit_code == 2);
  CHECK(build.err == "chainmap build: --lang must be one of zh, en, not 'EN'\n");
  CHECK(!std::filesystem::exists(out));
}

}  // namespace
}  // namespace chainmap
