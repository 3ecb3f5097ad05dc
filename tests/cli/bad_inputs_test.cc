// The corpora of bad inputs. tests/bad_inputs/: every zone there makes `validate`, `fmt` and
// `build` exit with code 2, print the error in expected.txt (file:line:column: message, the
// path as given on the command line) as the first line of standard error, print nothing to
// standard output, leave every file as it was and create nothing; cases named valid-* must
// be accepted. tests/bad_csv/: every registry CSV there is refused whole by `import` the
// same way (exit 2, the first line of NAME.expected, the zone untouched).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include "test_paths.h"

#include <catch2/catch.hpp>

#include "tests/cli/run_chainmap.h"

namespace {

namespace fs = std::filesystem;
using chainmap::testing::MakeTempDir;
using chainmap::testing::RunChainmap;
using chainmap::testing::Snapshot;

const fs::path kSourceDir = CHAINMAP_SOURCE_DIR;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

/// Every path below `dir`, directories too (with a final '/'), sorted: with Snapshot,
/// which compares the files' contents, it shows that a command created nothing, not even
/// an empty directory.
std::vector<std::string> Entries(const fs::path& dir) {
  std::vector<std::string> paths;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    paths.push_back(fs::relative(entry.path(), dir).string() + (entry.is_directory() ? "/" : ""));
  std::sort(paths.begin(), paths.end());
  return paths;
}

/// The names in `dir` whose entries pass `keep`, sorted.
template <typename Keep>
std::vector<std::string> CaseNames(const fs::path& dir, Keep keep) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    if (keep(entry)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST_CASE("bad inputs: exit code 2, the exact first error, no output, nothing written") {
  const std::vector<std::string> names =
      CaseNames(kSourceDir / "tests/bad_inputs",
                [](const fs::directory_entry& e) { return e.is_directory(); });
  REQUIRE(names.size() >= 20);
  const fs::path scratch = MakeTempDir("bad-inputs");
  for (const std::string& name : names) {
    if (name.rfind("valid-", 0) == 0) continue;
    INFO("case tests/bad_inputs/" << name);
    const std::string rel = "tests/bad_inputs/" + name;
    const fs::path dir = kSourceDir / rel;
    REQUIRE(fs::exists(dir / "expected.txt"));
    const std::string expected = FirstLine(ReadAll(dir / "expected.txt"));
    REQUIRE(expected.rfind(rel + "/", 0) == 0);  // names the file

    // validate and build read the case in place; build would write into the scratch dir.
    const auto before = Snapshot(dir);
    const auto entries_before = Entries(dir);
    const auto validate = RunChainmap({"validate", rel});
    CHECK(validate.exit_code == 2);
    CHECK(FirstLine(validate.err) == expected);
    CHECK(validate.out.empty());
    CHECK(Snapshot(dir) == before);
    CHECK(Entries(dir) == entries_before);

    const auto build = RunChainmap({"build", rel, "-o", (scratch / "out").string(), "--jobs", "1"});
    CHECK(build.exit_code == 2);
    CHECK(FirstLine(build.err) == expected);
    CHECK(build.out.empty());
    CHECK(Snapshot(dir) == before);
    CHECK(Entries(dir) == entries_before);
    CHECK(Entries(scratch).empty());  // no out/, no staging directory beside it

    // fmt would write: it runs on a copy, under the same relative path.
    const fs::path tree = scratch / "tree";
    fs::create_directories((tree / rel).parent_path());
    fs::copy(dir, tree / rel, fs::copy_options::recursive);
    const auto copy_before = Snapshot(tree);
    const auto fmt = RunChainmap({"fmt", rel}, tree);
    CHECK(fmt.exit_code == 2);
    CHECK(FirstLine(fmt.err) == expected);
    CHECK(fmt.out.empty());
    CHECK(Snapshot(tree) == copy_before);
    CHECK(Entries(tree / rel) == Entries(dir));
    fs::remove_all(tree);
  }
  fs::remove_all(scratch);
}

TEST_CASE("bad inputs: a file starting with a UTF-8 byte-order mark is accepted") {
  const std::string rel = "tests/bad_inputs/valid-bom";
  REQUIRE(ReadAll(kSourceDir / rel / "steel.json").rfind("\xEF\xBB\xBF{", 0) == 0);
  const auto validate = RunChainmap({"validate", rel});
  CHECK(validate.exit_code == 0);
  CHECK(validate.err.empty());

  const fs::path tree = MakeTempDir("bad-inputs-bom");
  fs::create_directories((tree / rel).parent_path());
  fs::copy(kSourceDir / rel, tree / rel, fs::copy_options::recursive);
  const auto fmt = RunChainmap({"fmt", rel}, tree);
  CHECK(fmt.exit_code == 0);
  // fmt drops the mark and changes nothing else in that file.
  CHECK(ReadAll(tree / rel / "steel.json") == ReadAll(kSourceDir / rel / "steel.json").substr(3));
  fs::remove_all(tree);
}

TEST_CASE("bad CSV inputs: import refuses the whole file, exit code 2, the zone untouched") {
  const std::vector<std::string> names =
      CaseNames(kSourceDir / "tests/bad_csv",
                [](const fs::directory_entry& e) { return e.path().extension() == ".csv"; });
  REQUIRE(names.size() >= 6);
  const fs::path zone = MakeTempDir("bad-csv") / "zone";
  fs::copy(kSourceDir / "docs/examples/mini", zone, fs::copy_options::recursive);
  const auto zone_before = Snapshot(zone);
  for (const std::string& name : names) {
    INFO("case tests/bad_csv/" << name);
    const std::string rel = "tests/bad_csv/" + name;
    const fs::path expected_file = (kSourceDir / rel).replace_extension(".expected");
    REQUIRE(fs::exists(expected_file));
    const std::string expected = FirstLine(ReadAll(expected_file));
    REQUIRE(expected.rfind(rel + ":", 0) == 0);  // names the file
    const std::string csv_before = ReadAll(kSourceDir / rel);

    const auto run = RunChainmap({"import", zone.string(), "--enterprises", rel});
    CHECK(run.exit_code == 2);
    CHECK(FirstLine(run.err) == expected);
    CHECK(run.out.empty());
    CHECK(Snapshot(zone) == zone_before);
    CHECK(Entries(zone) == Entries(kSourceDir / "docs/examples/mini"));
    CHECK(ReadAll(kSourceDir / rel) == csv_before);
  }
  fs::remove_all(zone.parent_path());
}

}  // namespace
