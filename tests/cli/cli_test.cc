// The command line as a user meets it: the built binary, its output and exit codes.
#include <catch2/catch.hpp>

#include "tests/cli/run_chainmap.h"

using namespace chainmap::testing;
namespace fs = std::filesystem;

TEST_CASE("help, version and unknown commands", "[cli]") {
  const RunResult help = RunChainmap({"help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("  validate    check a zone's files and print a summary\n") !=
        std::string::npos);
  CHECK(help.out.find("  fmt ") != std::string::npos);

  const RunResult version = RunChainmap({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("chainmap ", 0) == 0);

  const RunResult command_help = RunChainmap({"validate", "--help"});
  CHECK(command_help.exit_code == 0);
  CHECK(command_help.out.rfind("usage: chainmap validate [ZONE] [--strict]\n", 0) == 0);
  CHECK(RunChainmap({"help", "fmt"})
            .out.rfind("usage: chainmap fmt [ZONE] [--check] [--wait SECONDS]\n", 0) == 0);

  const RunResult unknown = RunChainmap({"validte"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.rfind("chainmap: unknown command 'validte' (commands: ", 0) == 0);

  const RunResult none = RunChainmap({});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("usage: chainmap COMMAND") != std::string::npos);

  const RunResult bad_option = RunChainmap({"validate", "--strct"});
  CHECK(bad_option.exit_code == 2);
  CHECK(bad_option.err ==
        "chainmap validate: unknown option '--strct' (see 'chainmap validate --help')\n");
  CHECK(RunChainmap({"validate", "a", "b"}).err ==
        "chainmap validate: expected at most one zone directory, got 'b' as well (see "
        "'chainmap validate --help')\n");
}

TEST_CASE("validate prints a summary of the example zone", "[cli]") {
  const RunResult r = RunChainmap({"validate", "docs/examples/mini"});
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "示例园区 / Example zone (mini), as of 2024-06\n"
        "2 chains, 8 links, 7 edges, 1 cross-chain edge; 2 local enterprises, 2 candidates, 1 "
        "project, 1 fact\n"
        "\n"
        "chain         links U/M/D     edges  local  candidates  projects  name\n"
        "steel         5 2/2/1         5      2      1           0         钢铁\n"
        "equipment     3 1/1/1         2      0      1           1         装备\n"
        "\n"
        "no warnings, 1 note\n");
  CHECK(r.err ==
        "docs/examples/mini/steel.json:5:5: note: links 'scrap', 'steelmaking', 'wire-rod', "
        "'springs' form a cycle (allowed, e.g. scrap returning to steelmaking; analyses treat "
        "it as one loop)\n");
}

TEST_CASE("validate reports bad input with exit code 2 and touches nothing", "[cli]") {
  const fs::path dir = MakeTempDir("validate-bad");
  fs::copy("docs/examples/mini", dir, fs::copy_options::recursive);
  {
    std::ofstream(dir / "projects.json") << R"({"projects": [{"id": "p", "name": "x",
  "stage": "built", "investment": -1}]})";
  }
  const auto before = Snapshot(dir);
  const RunResult r = RunChainmap({"validate", dir.string()});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == dir.string() +
                     "/projects.json:2:12: /projects/0/stage: unknown project stage 'built' (use "
                     "planned, negotiating, signed, construction, operating)\n" +
                     dir.string() +
                     "/projects.json:2:35: /projects/0/investment: must be at least 0, found -1\n");
  CHECK(Snapshot(dir) == before);
  CHECK(RunChainmap({"fmt", dir.string()}).exit_code == 2);
  CHECK(Snapshot(dir) == before);

  const RunResult missing = RunChainmap({"validate", "no-such-zone"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "no-such-zone: no such directory: name a zone directory such as 'chains'\n");
  fs::remove_all(dir);
}

TEST_CASE("validate --strict turns warnings into exit code 2", "[cli]") {
  const fs::path dir = MakeTempDir("validate-strict");
  fs::copy("docs/examples/mini", dir, fs::copy_options::recursive);
  {
    std::ofstream(dir / "projects.json")
        << R"({"projects": [{"id": "p", "name": "x", "stage": "planned"}]})";
  }
  CHECK(RunChainmap({"validate", dir.string()}).exit_code == 0);
  const RunResult strict = RunChainmap({"validate", "--strict", dir.string()});
  CHECK(strict.exit_code == 2);
  CHECK(strict.err.find("warning: /projects/0: project 'p' has no source") != std::string::npos);
  CHECK(strict.err.find("chainmap validate: --strict: 1 warning counts as an error\n") !=
        std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("fmt rewrites into canonical form, a second run changes no byte", "[cli]") {
  const fs::path dir = MakeTempDir("fmt");
  fs::copy("docs/examples/mini", dir, fs::copy_options::recursive);
  {
    // Hand-edited: a BOM, odd spacing, an unknown field, a candidate in the wrong file.
    std::ofstream(dir / "candidates.json")
        << "\xEF\xBB\xBF{\"enterprises\":[{\"id\":\"gearco\",\"name\":\"某齿轮钢企业\","
           "\"local\":true,\"links\":[\"steel/gear-steel\"],\"联系人\":\"王\","
           "\"source\":\"[inf] example\"},\n{\"id\":\"robotco\",\"name\":\"某机器人企业\","
           "\"local\":false,\"links\":[\"equipment/robot\"],\"source\":\"[inf] example\"}]}";
  }
  CHECK(RunChainmap({"fmt", "--check", dir.string()}).exit_code == 2);
  const RunResult first = RunChainmap({"fmt", dir.string()});
  CHECK(first.exit_code == 0);
  CHECK(first.out.rfind("formatted ", 0) == 0);
  const auto once = Snapshot(dir);
  CHECK(once.at("candidates.json")
            .rfind("{\n  \"enterprises\": [\n    {\n      \"id\": \"robotco\",", 0) == 0);
  CHECK(once.at("candidates.json").find("gearco") == std::string::npos);
  CHECK(once.at("enterprises.json")
            .find("      \"source\": \"[inf] example\",\n      \"联系人\": \"王\"\n") !=
        std::string::npos);
  const RunResult second = RunChainmap({"fmt", dir.string()});
  CHECK(second.out == "formatted 0 of 6 files in " + dir.string() + "\n");
  CHECK(Snapshot(dir) == once);
  CHECK(RunChainmap({"fmt", "--check", dir.string()}).exit_code == 0);
  CHECK(RunChainmap({"validate", "--strict", dir.string()}).exit_code == 0);
  fs::remove_all(dir);
}

TEST_CASE("the example zone in docs is already canonical", "[cli]") {
  const RunResult r = RunChainmap({"fmt", "--check", "docs/examples/mini"});
  CHECK(r.err == "");
  CHECK(r.exit_code == 0);
}
