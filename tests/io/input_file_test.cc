// The loader reads regular files only (issue 19, item 10): special files that hung or
// exhausted memory, and links that said the wrong thing, each with its own message.
#include "src/io/input_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "src/io/zone_loader.h"
#include "test_paths.h"

namespace fs = std::filesystem;
using namespace chainmap;

namespace {

/// A copy of the example zone in a fresh temporary directory.
fs::path MiniCopy(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("chainmap-input-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(CHAINMAP_SOURCE_DIR "/docs/examples/mini", dir, fs::copy_options::recursive);
  return dir;
}

/// The first error of loading `dir`, "" when it loads.
std::string LoadError(const fs::path& dir) {
  try {
    LoadZoneDirectory(dir);
    return "";
  } catch (const InputError& e) {
    const std::string all = e.what();
    return all.substr(0, all.find('\n'));
  }
}

}  // namespace

TEST_CASE("a FIFO as a chain file is refused, not waited on", "[io][input]") {
  const fs::path dir = MiniCopy("fifo");
  fs::remove(dir / "steel.json");
  REQUIRE(::mkfifo((dir / "steel.json").c_str(), 0600) == 0);
  CHECK(LoadError(dir) == (dir / "steel.json").string() +
                              ": is a named pipe (FIFO), not a regular file: chainmap reads only "
                              "regular files");
  fs::remove_all(dir);
}

TEST_CASE("a symbolic link to /dev/zero is refused, not read forever", "[io][input]") {
  const fs::path dir = MiniCopy("zero");
  fs::remove(dir / "projects.json");
  fs::create_symlink("/dev/zero", dir / "projects.json");
  CHECK(LoadError(dir) == (dir / "projects.json").string() +
                              ": is a character device, not a regular file: chainmap reads only "
                              "regular files");
  fs::remove_all(dir);
}

TEST_CASE("a dangling symbolic link is an error, not a missing file", "[io][input]") {
  const fs::path dir = MiniCopy("dangling");
  fs::remove(dir / "projects.json");
  fs::create_symlink("gone.json", dir / "projects.json");
  CHECK(LoadError(dir) == (dir / "projects.json").string() +
                              ": is a symbolic link to 'gone.json', which does not exist: fix or "
                              "remove the link");
  fs::remove_all(dir);
}

TEST_CASE("a loop of symbolic links says so", "[io][input]") {
  const fs::path dir = MiniCopy("loop");
  fs::remove(dir / "steel.json");
  fs::create_symlink("steel.json", dir / "steel.json");
  CHECK(LoadError(dir) == (dir / "steel.json").string() +
                              ": is a symbolic link that leads back to itself (a loop): fix or "
                              "remove it");
  fs::remove_all(dir);
}

TEST_CASE("an unreadable zone directory says permission denied", "[io][input]") {
  const fs::path dir = MiniCopy("unreadable");
  fs::permissions(dir, fs::perms::none);
  const std::string error = LoadError(dir);
  fs::permissions(dir, fs::perms::owner_all);
  if (::geteuid() == 0) {
    // root reads through any permission: the error cannot happen, the zone loads.
    CHECK(error == "");
  } else {
    CHECK(error == (dir / "zone.json").string() +
                       ": cannot be read: permission denied (check the file's and its "
                       "directories' permissions)");
  }
  fs::remove_all(dir);
}

TEST_CASE("a chain file that zone.json does not list is noted", "[io][input]") {
  const fs::path dir = MiniCopy("unlisted");
  fs::copy_file(dir / "steel.json", dir / "hydrogen.json");
  const LoadedZone loaded = LoadZoneDirectory(dir);
  REQUIRE_FALSE(loaded.findings.empty());
  CHECK(FormatDiagnostic(loaded.findings.back()) ==
        (dir / "hydrogen.json").string() +
            ": note: not read: zone.json does not list 'hydrogen' in \"chains\" (add it there to "
            "load this chain, or remove the file)");
  fs::remove_all(dir);
}
