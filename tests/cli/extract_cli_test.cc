// chainmap extract as a user runs it: formats, .docx, bad input, --apply with its lock.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include "test_paths.h"

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

/// Runs chainmap with these arguments in the source tree.
testing::ProcessResult Run(const std::vector<std::string>& args) {
  std::string line = "cd " + testing::ShellQuote(CHAINMAP_SOURCE_DIR) + " && " +
                     testing::ShellQuote(CHAINMAP_BINARY);
  for (const std::string& a : args) line += " " + testing::ShellQuote(a);
  return testing::RunProcess(line);
}

using testing::ScratchDir;

std::string Fixture(const std::string& name) {
  return std::string(CHAINMAP_SOURCE_DIR) + "/tests/fixtures/extract/" + name;
}

TEST_CASE("extract --format json: projects with the documented fields, facts apart") {
  const auto r = Run({"extract", "--no-zone", "--format", "json", Fixture("kaifaqu-2025.txt")});
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["projects"].size() == 5);
  const auto& p = j["projects"][1];
  CHECK(p["name"] == "瑞达精密轴承项目");
  CHECK(p["investment_yi"].get<double>() == Approx(0.8));
  CHECK(p["stage"] == "construction");
  CHECK(p["section"] == "一(一)");
  CHECK(p["sentence"].get<std::string>().find("投资8000万元的瑞达精密轴承项目主体完工") !=
        std::string::npos);
  CHECK(j["projects"][0]["mentions"].size() == 1);
  CHECK(j["facts"].size() == 6);
  CHECK(j["document"] == "kaifaqu-2025.txt");
}

TEST_CASE("extract: a .docx summary reads as its paragraphs") {
  const auto r = Run({"extract", "--no-zone", "--format", "json", Fixture("xinqu-2024.docx")});
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["title"] == "某新区2024年工作总结");
  REQUIRE(j["projects"].size() == 1);
  CHECK(j["projects"][0]["name"] == "星河光电年产100万片显示模组项目");
  CHECK(j["projects"][0]["investment_yi"] == 12);  // full-width digits
  CHECK(j["projects"][0]["stage"] == "construction");
  CHECK(j["projects"][0]["target_stage"] == "operating");
  CHECK(j["facts"].size() == 1);
}

TEST_CASE("extract: bad input exits 2 with the file and what to do") {
  ScratchDir scratch;
  const auto gbk = scratch.path() / "gbk.txt";
  std::ofstream(gbk) << "\xD7\xDC\xCD\xB6\xD7\xCA";
  auto r = Run({"extract", "--no-zone", gbk.string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(gbk.string() + ":1:1: not UTF-8 (byte 0xD7)") != std::string::npos);
  const auto fake = scratch.path() / "fake.docx";
  std::ofstream(fake) << "not a zip";
  r = Run({"extract", "--no-zone", fake.string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("not a .docx (zip) file") != std::string::npos);
  r = Run({"extract", "--no-zone", (scratch.path() / "missing.txt").string()});
  CHECK(r.exit_code == 2);
  r = Run({"extract", "--format", "xml", Fixture("kaifaqu-2025.txt")});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
}

TEST_CASE("extract --apply: reviewed proposals become sourced records, nothing else moves") {
  ScratchDir scratch;
  const auto zone = scratch.path() / "zone";
  std::filesystem::copy(testing::MiniZone(), zone);
  const auto proposals = scratch.path() / "proposals.json";
  auto r =
      Run({"extract", "--zone", zone.string(), "--format", "json", Fixture("kaifaqu-2025.txt")});
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  j["projects"][4]["accept"] = false;  // the reviewer leaves out the logistics park
  std::ofstream(proposals) << j.dump(2);
  const std::string zone_before = testing::ReadWholeFile(zone / "zone.json");
  r = Run({"extract", "--zone", zone.string(), "--apply", proposals.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("新增项目 4 个") != std::string::npos);
  r = Run({"validate", zone.string()});
  CHECK(r.exit_code == 0);
  const auto after = nlohmann::json::parse(testing::ReadWholeFile(zone / "projects.json"));
  std::size_t extracted = 0;
  for (const auto& p : after["projects"]) {
    if (p["id"].get<std::string>().rfind("extract-2025-", 0) != 0) continue;
    ++extracted;
    CHECK(p["source"].dump().find("kaifaqu-2025.txt") != std::string::npos);
    CHECK(p["name"] != "智慧物流园项目");
  }
  CHECK(extracted == 4);
  CHECK(testing::ReadWholeFile(zone / "zone.json") != zone_before);  // facts added
  // A second run finds everything in place.
  r = Run({"extract", "--zone", zone.string(), "--apply", proposals.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("新增项目 0 个") != std::string::npos);
}

TEST_CASE("extract --apply: a reviewed file with a bad field names it") {
  ScratchDir scratch;
  const auto file = scratch.path() / "p.json";
  std::ofstream(file)
      << "{\"document\": \"a.txt\", \"projects\": [{\"name\": \"x\", \"sentence\": \"s\",\n"
         "  \"stage\": \"built\"}], \"facts\": []}";
  const auto r = Run({"extract", "--zone", testing::MiniZone().string(), "--apply", file.string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(file.string() + ":2:") != std::string::npos);
  CHECK(r.err.find("/projects/0/stage: unknown stage 'built'") != std::string::npos);
}

}  // namespace
}  // namespace chainmap
