// Issue 19 item 8: a full disk is an output that cannot be written, with the system's
// reason and exit code 3, never "internal error … please report"; nothing is left behind.
// Item 6: the temporaries of a killed writer are removed by the next write.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include <unistd.h>

#include <filesystem>

#include "src/io/atomic_file.h"
#include "src/io/output_file.h"
#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

namespace fs = std::filesystem;
using testing::RunProcess;
using testing::ScratchDir;
using testing::ShellQuote;

TEST_CASE("a write to a full device fails with the system's reason", "[io][write]") {
  // /dev/full answers every write with ENOSPC, as a full disk does.
  CHECK_THROWS_WITH(WriteWholeFile("/dev/full", "x", "out/lists.xlsx"),
                    "out/lists.xlsx: cannot write: No space left on device (free some space "
                    "there, or write the output elsewhere)");
  CHECK_NOTHROW(WriteWholeFile("/dev/null", "x"));
}

TEST_CASE("the next write removes the temporaries of a killed writer, not a live one's",
          "[io][write]") {
  ScratchDir scratch;
  const auto dead = RunProcess("sh -c 'echo $$'").out;
  const std::string dead_pid = dead.substr(0, dead.find('\n'));
  const fs::path target = scratch.path() / "candidates.json";
  const fs::path stale = scratch.path() / (".candidates.json.tmp-" + dead_pid + "-42");
  const fs::path live =
      scratch.path() / (".candidates.json.tmp-" + std::to_string(::getpid()) + "-7");
  const fs::path other = scratch.path() / (".projects.json.tmp-" + dead_pid + "-1");
  for (const auto& path : {stale, live, other}) testing::WriteWholeFile(path, "{");
  WriteFileAtomically(target, "{}\n");
  CHECK(testing::ReadWholeFile(target) == "{}\n");
  CHECK(!fs::exists(stale));
  CHECK(fs::exists(live));
  CHECK(fs::exists(other));  // another file's temporaries wait for a write of that file
}

/// Runs `command` (which may use $M, a tmpfs of `size` mounted in a private mount
/// namespace: a real full disk, without root), then lists what is left in $M. Empty when
/// namespaces are not available.
std::string OnSmallDisk(const std::string& size, const std::string& command) {
  ScratchDir scratch;
  const std::string m = ShellQuote((scratch.path() / "m").string());
  fs::create_directory(scratch.path() / "m");
  const auto probe = RunProcess("unshare -rm true 2>/dev/null && echo ok");
  if (probe.out != "ok\n") return "";
  const auto r =
      RunProcess("unshare -rm sh -c " +
                 ShellQuote("M=" + m + "; mount -t tmpfs -o size=" + size + " none \"$M\" && { " +
                            command + "; } 2>&1; echo \"exit $?\"; ls -A \"$M\""));
  return r.out;
}

TEST_CASE("build and lists on a full disk: exit 3, the system's reason, nothing left",
          "[cli][write]") {
  const std::string binary = ShellQuote(CHAINMAP_BINARY);
  const std::string zone = ShellQuote(testing::MiniZone().string());
  const std::string build =
      OnSmallDisk("64k", binary + " build " + zone + " -o \"$M/out\" --jobs 2");
  if (build.empty()) {
    WARN("unshare -rm is not available here: the full-disk run is left out");
    return;
  }
  CHECK(build.find("cannot write: No space left on device (free some space there, or write "
                   "the output elsewhere)\nexit 3\n") != std::string::npos);
  CHECK(build.find("/m/out/") != std::string::npos);  // the file as it would be in DIR
  CHECK(build.find("internal error") == std::string::npos);
  CHECK(build.substr(build.find("exit 3\n")) == "exit 3\n");  // nothing left on the disk
  const std::string lists = OnSmallDisk("8k", binary + " lists " + zone + " -o \"$M/lists/2024\"");
  CHECK(lists.find("/m/lists/2024/") != std::string::npos);
  CHECK(lists.find(": cannot write: No space left on device (free some space there, or write "
                   "the output elsewhere)\nexit 3\n") != std::string::npos);
  CHECK(lists.substr(lists.find("exit 3\n")) == "exit 3\n");  // no empty DIR
}

}  // namespace
}  // namespace chainmap
