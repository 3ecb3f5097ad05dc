// docs/schema/ agrees with the loader: files the loader accepts pass the JSON Schema, and a
// file the loader rejects for a schema-level reason fails it too (checked with Python's
// jsonschema, a validator we did not write).
#include <catch2/catch.hpp>
#include "test_paths.h"

#include "tests/cli/run_chainmap.h"

using namespace chainmap::testing;
namespace fs = std::filesystem;

namespace {

int CheckSchema(const fs::path& zone_dir, std::string* output = nullptr) {
  const std::string command = "/usr/bin/python3 " CHAINMAP_SOURCE_DIR "/tests/io/check_schema.py " +
                              ShellQuote(CHAINMAP_SOURCE_DIR "/docs/schema") + " " +
                              ShellQuote(zone_dir.string()) + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string text;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, n);
  const int status = ::pclose(pipe);
  if (output) *output = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("the example zone and the default data pass the JSON Schema", "[io][schema]") {
  std::string output;
  CHECK(CheckSchema(CHAINMAP_SOURCE_DIR "/docs/examples/mini", &output) == 0);
  CHECK(output == "checked 6 files, 0 problems\n");
  CHECK(CheckSchema(CHAINMAP_SOURCE_DIR "/chains", &output) == 0);
  CHECK(output.find(", 0 problems\n") != std::string::npos);
}

TEST_CASE("the JSON Schema rejects what the loader rejects", "[io][schema]") {
  const fs::path dir = MakeTempDir("schema");
  fs::copy(CHAINMAP_SOURCE_DIR "/docs/examples/mini", dir, fs::copy_options::recursive);
  std::ofstream(dir / "projects.json")
      << R"({"projects": [{"id": "p", "name": "x", "stage": "built", "investment": -1}]})";
  std::string output;
  CHECK(CheckSchema(dir, &output) == 1);
  CHECK(output.find("projects.json: /projects/0/stage: 'built' is not one of") !=
        std::string::npos);
  CHECK(output.find("projects.json: /projects/0/investment: -1 is less than the minimum of 0") !=
        std::string::npos);
  CHECK(RunChainmap({"validate", dir.string()}).exit_code == 2);
  fs::remove_all(dir);
}
