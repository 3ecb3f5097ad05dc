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

TEST_CASE("a mapped file reads as the same bytes, and stays whole after its pages go back",
          "[io][input]") {
  const fs::path dir = MiniCopy("mapped");
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + "\n";
  std::ofstream(dir / "big.txt", std::ios::binary) << text;
  const auto mapped = InputText::MapFileIfExists(dir / "big.txt", 0);
  REQUIRE(mapped);
  CHECK(mapped->view() == text);
  mapped->Release(text.size() / 2);
  CHECK(mapped->view() == text);  // read again from the file
  mapped->ReleaseAll();
  CHECK(mapped->view() == text);
  // Below the size to map from, the file is read: the same bytes.
  CHECK(InputText::MapFileIfExists(dir / "big.txt", text.size() + 1)->view() == text);
  CHECK(InputText::MapFileIfExists(dir / "absent.txt", 0) == nullptr);
  CHECK(InputText::MapFileIfExists(dir / "empty.txt", 0) == nullptr);
  std::ofstream(dir / "empty.txt");
  CHECK(InputText::MapFileIfExists(dir / "empty.txt", 0)->view().empty());
  CHECK_THROWS_WITH(InputText::MapFileIfExists(dir, 0),
                    Catch::Matchers::Contains("is a directory, expected a file"));
  fs::remove_all(dir);
}

TEST_CASE("a candidate file large enough to be mapped reports as one read whole", "[io][input]") {
  const fs::path dir = MiniCopy("large");
  // About 6 MB of candidates, past InputText::kMapFrom, the last repeating the first's id.
  std::string text = "{\n  \"enterprises\": [\n";
  const std::size_t count = 60000;
  for (std::size_t i = 0; i < count; ++i)
    text += "    {\"id\": \"c" + std::to_string(i == count - 1 ? 0 : i) +
            "\", \"name\": \"某企业\", \"local\": false, \"links\": [\"steel/gear-steel\"], "
            "\"source\": \"[inf] example\"},\n";
  text.resize(text.size() - 2);
  text += "\n  ]\n}\n";
  REQUIRE(text.size() > InputText::kMapFrom);
  std::ofstream(dir / "candidates.json", std::ios::binary) << text;
  const std::string file = (dir / "candidates.json").string();
  CHECK(LoadError(dir) == file + ":" + std::to_string(count + 2) +
                              ":12: /enterprises/59999/id: duplicate enterprise id 'c0' (first "
                              "at " +
                              file + ":3:12)");
  fs::remove_all(dir);
}
