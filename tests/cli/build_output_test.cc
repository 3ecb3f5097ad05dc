// Issue 19 items 5-7: build's output directory normalised, staging owned by a lock and
// cleaned, workers that die with their parent, signals that clean up, concurrent builds.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

namespace fs = std::filesystem;
using testing::RaceRounds;
using testing::RunChainmap;
using testing::RunProcess;
using testing::ScratchDir;
using testing::ShellQuote;

/// The names in `dir`, sorted (dot files too).
std::vector<std::string> Names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

/// A quick build of the example zone: SVG maps, CSV lists.
std::string QuickBuild(const fs::path& out, const std::string& extra = "") {
  return ShellQuote(CHAINMAP_BINARY) + " build " + ShellQuote(testing::MiniZone().string()) +
         " -o " + ShellQuote(out.string()) + " --maps svg --lists csv" + extra;
}

/// The id of a process that has ended (a shell that printed its own id).
std::string DeadProcessId() {
  const auto result = RunProcess("sh -c 'echo $$'");
  return result.out.substr(0, result.out.find('\n'));
}

TEST_CASE("build -o DIR/ (a trailing slash) builds DIR and leaves no staging",
          "[cli][build][output]") {
  ScratchDir scratch;
  const auto r = RunProcess(QuickBuild(scratch.path() / "out/"));
  CHECK(r.err == "");
  REQUIRE(r.exit_code == 0);
  CHECK(fs::exists(scratch.path() / "out/index.html"));
  CHECK(Names(scratch.path()) == std::vector<std::string>{"out"});
  // Again, over the earlier build.
  CHECK(RunProcess(QuickBuild(scratch.path() / "out/")).exit_code == 0);
  CHECK(Names(scratch.path()) == std::vector<std::string>{"out"});
}

TEST_CASE("build -o . is refused: it would replace the current directory", "[cli][build][output]") {
  ScratchDir scratch;
  const auto r = RunProcess("cd " + ShellQuote(scratch.path().string()) + " && " + QuickBuild("."));
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        ".: is the current directory or holds it: the output directory is replaced whole, so "
        "name one below it (e.g. -o out)\n");
  CHECK(Names(scratch.path()).empty());
}

TEST_CASE("build -o LINK writes through the link and keeps it", "[cli][build][output]") {
  ScratchDir scratch;
  fs::create_directory(scratch.path() / "real");
  fs::create_directory_symlink("real", scratch.path() / "link");
  const auto r = RunProcess(QuickBuild(scratch.path() / "link"));
  CHECK(r.err == "");
  REQUIRE(r.exit_code == 0);
  CHECK(fs::is_symlink(scratch.path() / "link"));
  CHECK(fs::exists(scratch.path() / "real/index.html"));
  CHECK(Names(scratch.path()) == std::vector<std::string>{"link", "real"});
  // A link to nothing is refused, and stays as it was.
  fs::create_directory_symlink("gone", scratch.path() / "dangling");
  const auto dangling = RunProcess(QuickBuild(scratch.path() / "dangling"));
  CHECK(dangling.exit_code == 2);
  CHECK(dangling.err == (scratch.path() / "dangling").string() +
                            ": is a symbolic link to 'gone', which does not exist: create that "
                            "directory, or choose another -o\n");
  CHECK(fs::is_symlink(scratch.path() / "dangling"));
  CHECK(Names(scratch.path()) == std::vector<std::string>{"dangling", "link", "real"});
}

TEST_CASE("build removes the staging a dead build left, never a live one's",
          "[cli][build][output]") {
  ScratchDir scratch;
  const std::string dead = DeadProcessId();
  const std::string alive = std::to_string(::getpid());  // this test: running, lock free
  for (const std::string& name :
       {".out.partial-" + dead, ".out.old-" + dead, ".out.partial-" + alive}) {
    fs::create_directories(scratch.path() / name / "maps");
    testing::WriteWholeFile(scratch.path() / name / "maps/x.svg", "<svg/>");
  }
  REQUIRE(RunProcess(QuickBuild(scratch.path() / "out")).exit_code == 0);
  CHECK(Names(scratch.path()) == std::vector<std::string>{".out.partial-" + alive, "out"});
}

/// Starts a build of the default data in the background, waits until it has made its
/// staging directory, sends `signal` to it and waits for it; prints its exit status.
std::string KillDuringBuild(const fs::path& out, const std::string& signal) {
  const std::string staging = ShellQuote((out.parent_path() / ".out.partial-").string());
  const std::string build = ShellQuote(CHAINMAP_BINARY) + " build " +
                            ShellQuote(CHAINMAP_SOURCE_DIR "/chains") + " -o " +
                            ShellQuote(out.string()) + " --maps svg,png --jobs 2";
  return RunProcess("(" + build + " >/dev/null 2>" + ShellQuote(out.string() + ".err") +
                    " & pid=$!; for i in $(seq 400); do [ -d " + staging +
                    "$pid/maps ] && break; sleep 0.02; done; kill -" + signal +
                    " $pid; wait $pid; echo $?)")
      .out;
}

TEST_CASE("build killed by SIGKILL: its workers die too, the next build removes its staging",
          "[cli][build][output][signal]") {
  ScratchDir scratch;
  const fs::path out = scratch.path() / "out";
  CHECK(KillDuringBuild(out, "KILL") == "137\n");
  // The workers die with their parent: a moment later none runs (their command line holds
  // the unique output path; "[c]" keeps the pattern from matching the shell running it).
  const auto workers = RunProcess("sleep 0.5; pgrep -f " +
                                  ShellQuote("[c]hainmap build .*" + out.string()) + " | wc -l");
  CHECK(workers.out == "0\n");
  std::vector<std::string> left = Names(scratch.path());
  CHECK(left.size() == 2);  // out.err and the staging directory
  REQUIRE(RunProcess(QuickBuild(out)).exit_code == 0);
  CHECK(Names(scratch.path()) == std::vector<std::string>{"out", "out.err"});
}

TEST_CASE("build stopped by SIGTERM or SIGINT removes its staging and says so",
          "[cli][build][output][signal]") {
  for (const auto& [signal, status] : {std::pair{"TERM", "143\n"}, std::pair{"INT", "130\n"}}) {
    INFO("SIG" << signal);
    ScratchDir scratch;
    const fs::path out = scratch.path() / "out";
    CHECK(KillDuringBuild(out, signal) == status);
    CHECK(testing::ReadWholeFile(out.string() + ".err") ==
          std::string("chainmap: interrupted by SIG") + signal +
              ": stopped before replacing its output, which is untouched; what it had staged "
              "was removed\n");
    CHECK(Names(scratch.path()) == std::vector<std::string>{"out.err"});
    CHECK(RunProcess("pgrep -f " + ShellQuote("[c]hainmap build .*" + out.string()) + " | wc -l")
              .out == "0\n");
  }
}

// Item 7: four builds to one -o at once, 40 rounds: all succeed, DIR is one whole build,
// nothing else is left.
TEST_CASE("race: four builds to one -o, 40 rounds (10 under ASan), all succeed, nothing left",
          "[cli][build][output][race]") {
  ScratchDir scratch;
  const fs::path out = scratch.path() / "out";
  const std::string one = QuickBuild(out, " --jobs 1") + " >/dev/null";
  for (int round = 0; round < RaceRounds(40); ++round) {
    INFO("round " << round);
    const auto r =
        RunProcess("(" + one + " & a=$!; " + one + " & b=$!; " + one + " & c=$!; " + one +
                   "; d=$?; wait $a; a=$?; wait $b; b=$?; wait $c; c=$?; " + "echo $a $b $c $d)");
    CHECK(r.err == "");
    CHECK(r.out == "0 0 0 0\n");
    CHECK(Names(scratch.path()) == std::vector<std::string>{"out"});
    CHECK(fs::exists(out / "index.html"));
    CHECK(fs::exists(out / ".chainmap-build"));
  }
}

}  // namespace
}  // namespace chainmap
