// The corpus of bad zones in tests/bad_inputs/: every case makes `validate` and `fmt` exit
// with code 2, print the error in expected.txt (file:line:column: message, the path as given
// on the command line) as the first line of standard error, print nothing to standard output
// and leave every file as it was. Cases named valid-* must be accepted.
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = CHAINMAP_SOURCE_DIR;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Every file below `dir` with its content: equal snapshots mean nothing was changed,
/// added or removed.
std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    files[fs::relative(entry.path(), dir).string()] =
        entry.is_regular_file() ? ReadAll(entry.path()) : "<directory>";
  return files;
}

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

/// Runs the built chainmap in `cwd` with `args`, capturing both streams.
Run RunChainmap(const fs::path& cwd, const std::string& args, const fs::path& scratch) {
  const fs::path out = scratch / "stdout.txt", err = scratch / "stderr.txt";
  const std::string command = "cd '" + cwd.string() + "' && '" + CHAINMAP_BINARY + "' " + args +
                              " >'" + out.string() + "' 2>'" + err.string() + "'";
  const int status = std::system(command.c_str());
  Run run;
  run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = ReadAll(out);
  run.err = ReadAll(err);
  return run;
}

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kSourceDir / "tests/bad_inputs"))
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

/// A fresh directory, removed at the end of the scope.
struct ScratchDir {
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "chainmap-bad-inputs-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~ScratchDir() { fs::remove_all(path); }
  fs::path path;
};

TEST_CASE("bad inputs: exit code 2, the exact first error, no output, nothing written") {
  const std::vector<std::string> names = CaseNames();
  REQUIRE(names.size() >= 20);
  for (const std::string& name : names) {
    if (name.rfind("valid-", 0) == 0) continue;
    INFO("case tests/bad_inputs/" << name);
    const std::string rel = "tests/bad_inputs/" + name;
    const fs::path dir = kSourceDir / rel;
    REQUIRE(fs::exists(dir / "expected.txt"));
    const std::string expected = FirstLine(ReadAll(dir / "expected.txt"));
    REQUIRE(expected.rfind(rel + "/", 0) == 0);  // names the file
    ScratchDir scratch;

    // validate reads the case in place.
    const auto before = Snapshot(dir);
    const Run validate = RunChainmap(kSourceDir, "validate " + rel, scratch.path);
    CHECK(validate.code == 2);
    CHECK(FirstLine(validate.err) == expected);
    CHECK(validate.out.empty());
    CHECK(Snapshot(dir) == before);

    // fmt would write: it runs on a copy, under the same relative path.
    const fs::path copy = scratch.path / "tree" / rel;
    fs::create_directories(copy.parent_path());
    fs::copy(dir, copy, fs::copy_options::recursive);
    const auto copy_before = Snapshot(scratch.path / "tree");
    const Run fmt = RunChainmap(scratch.path / "tree", "fmt " + rel, scratch.path);
    CHECK(fmt.code == 2);
    CHECK(FirstLine(fmt.err) == expected);
    CHECK(fmt.out.empty());
    CHECK(Snapshot(scratch.path / "tree") == copy_before);
  }
}

TEST_CASE("bad inputs: a file starting with a UTF-8 byte-order mark is accepted") {
  const std::string rel = "tests/bad_inputs/valid-bom";
  REQUIRE(ReadAll(kSourceDir / rel / "steel.json").rfind("\xEF\xBB\xBF{", 0) == 0);
  ScratchDir scratch;
  const Run validate = RunChainmap(kSourceDir, "validate " + rel, scratch.path);
  CHECK(validate.code == 0);
  CHECK(validate.err.empty());

  const fs::path copy = scratch.path / "tree" / rel;
  fs::create_directories(copy.parent_path());
  fs::copy(kSourceDir / rel, copy, fs::copy_options::recursive);
  const Run fmt = RunChainmap(scratch.path / "tree", "fmt " + rel, scratch.path);
  CHECK(fmt.code == 0);
  // fmt drops the mark and changes nothing else in that file.
  CHECK(ReadAll(copy / "steel.json") == ReadAll(kSourceDir / rel / "steel.json").substr(3));
}

}  // namespace
