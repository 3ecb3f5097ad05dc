#include "src/io/zone_loader.h"

#include <catch2/catch.hpp>

#include "tests/io/zone_fixture.h"

using namespace chainmap;
using namespace chainmap::testing;

namespace {

/// The first error only, where one mistake causes others further on.
std::string FirstErrorWith(const std::string& file, const std::string& from,
                           const std::string& to) {
  const std::string errors = ErrorsWith(file, from, to);
  return errors.substr(0, errors.find('\n'));
}

}  // namespace

TEST_CASE("the tiny zone loads into the model", "[io][loader]") {
  const LoadedZone loaded = LoadFiles(TinyZoneFiles());
  const Zone& zone = loaded.zone;
  CHECK(loaded.findings.empty());
  CHECK(zone.id == "tiny");
  CHECK(zone.name.en == "Tiny zone");
  REQUIRE(zone.chains().size() == 2);
  const Chain& steel = zone.chains()[0];
  CHECK(steel.links().size() == 4);
  CHECK(steel.edges().size() == 3);
  CHECK(steel.graph().Successors(1) == std::vector<std::size_t>{2});
  CHECK(steel.links()[2].stage == Stage::kMidstream);
  REQUIRE(zone.cross_edges.size() == 1);
  CHECK(zone.cross_edges[0].from == LinkKey{0, 3});
  CHECK(zone.cross_edges[0].to == LinkKey{1, 1});
  REQUIRE(zone.enterprises().size() == 2);
  CHECK(zone.enterprises()[0].role == Role::kLeader);
  CHECK(zone.enterprises()[0].HasTag("规上"));
  CHECK(zone.enterprises()[1].local == false);
  REQUIRE(zone.projects().size() == 1);
  CHECK(zone.projects()[0].investment == Approx(5));
  CHECK(zone.projects()[0].stage == ProjectStage::kConstruction);
  CHECK(zone.projects()[0].enterprise == 0u);
  CHECK(zone.facts.at(0).value == Approx(10));
  CHECK(zone.settings.strong_min_scale == 2);
  CHECK(zone.settings.filling_stage == ProjectStage::kSigned);
}

TEST_CASE("a zone file may start with a UTF-8 byte-order mark", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  files["steel.json"] = "\xEF\xBB\xBF" + files["steel.json"];
  CHECK(LoadErrors(files) == "");
}

TEST_CASE("dangling references name the nearest known id", "[io][loader]") {
  CHECK(ErrorsWith("steel.json", R"("to": "wire-rod"})", R"("to": "wire-rdo"})") ==
        "z/steel.json:12:35: /edges/1/to: unknown link 'wire-rdo' (did you mean 'wire-rod'?)");
  CHECK(ErrorsWith("enterprises.json", "steel/steelmaking", "steel/steelmakin") ==
        "z/enterprises.json:4:16: /enterprises/0/links/0: unknown link 'steel/steelmakin' "
        "(did you mean 'steel/steelmaking'?)");
  CHECK(ErrorsWith("enterprises.json", "steel/steelmaking", "stel/steelmaking") ==
        "z/enterprises.json:4:16: /enterprises/0/links/0: unknown chain 'stel' in "
        "'stel/steelmaking' (did you mean 'steel'?)");
  CHECK(ErrorsWith("enterprises.json", "steel/steelmaking", "steelmaking") ==
        "z/enterprises.json:4:16: /enterprises/0/links/0: 'steelmaking' is not a link "
        "reference: write \"chain/link\", e.g. \"steel/wire-rod\"");
  CHECK(ErrorsWith("projects.json", R"("enterprise": "mill")", R"("enterprise": "mil")") ==
        "z/projects.json:3:58: /projects/0/enterprise: unknown enterprise 'mil' (did you mean "
        "'mill'?)");
  CHECK(ErrorsWith("zone.json", R"("to": "nev/vehicle")", R"("to": "nev/truck")") ==
        "z/zone.json:8:37: /cross_edges/0/to: unknown link 'nev/truck'");
}

TEST_CASE("duplicate ids say where the first one is", "[io][loader]") {
  CHECK(FirstErrorWith("steel.json", R"({"id": "wire-rod")", R"({"id": "ore")") ==
        "z/steel.json:7:12: /links/2/id: duplicate link id 'ore' (first at z/steel.json:5:12)");
  CHECK(ErrorsWith("candidates.json", R"("id": "carmaker")", R"("id": "mill")") ==
        "z/candidates.json:3:12: /enterprises/0/id: duplicate enterprise id 'mill' (first at "
        "z/enterprises.json:3:12)");
  CHECK(ErrorsWith("zone.json", R"(["steel", "nev"])", R"(["steel", "nev", "steel"])") ==
        "z/zone.json:6:30: /chains/2: chain 'steel' is listed twice (first at z/zone.json:6:14)");
  CHECK(ErrorsWith("steel.json", R"({"from": "wire-rod", "to": "springs"})",
                   R"({"from": "ore", "to": "steelmaking"})") ==
        "z/steel.json:13:5: /edges/2: repeated edge 'ore' -> 'steelmaking' (first at "
        "z/steel.json:11:5)");
}

TEST_CASE("wrong types, unknown values and missing fields", "[io][loader]") {
  CHECK(ErrorsWith("steel.json", R"("stage": "midstream")", R"("stage": "middle")") ==
        "z/steel.json:7:55: /links/2/stage: unknown stage 'middle' (use upstream, midstream, "
        "downstream)");
  CHECK(ErrorsWith("projects.json", R"("stage": "construction")", R"("stage": "built")") ==
        "z/projects.json:4:32: /projects/0/stage: unknown project stage 'built' (use planned, "
        "negotiating, signed, construction, operating)");
  CHECK(ErrorsWith("enterprises.json", R"("role": "leader")", R"("role": "boss")") ==
        "z/enterprises.json:3:57: /enterprises/0/role: unknown role 'boss' (use leader, core, "
        "supplier)");
  CHECK(ErrorsWith("enterprises.json", R"("local": true)", R"("local": "yes")") ==
        "z/enterprises.json:3:43: /enterprises/0/local: expected true or false, found a string");
  CHECK(ErrorsWith("enterprises.json", R"("local": true, )", "") ==
        "z/enterprises.json:3:5: /enterprises/0: missing required field 'local'");
  CHECK(FirstErrorWith("steel.json", R"("links": [)", R"("links": 7, "x": [)") ==
        "z/steel.json:4:12: /links: expected an array, found a number");
  CHECK(ErrorsWith("projects.json", R"("investment": 5)", R"("investment": -5)") ==
        "z/projects.json:4:20: /projects/0/investment: must be at least 0, found -5");
  CHECK(ErrorsWith("projects.json", R"("investment": 5)", R"("investment": "5亿")") ==
        "z/projects.json:4:20: /projects/0/investment: expected a number, found a string");
  CHECK(ErrorsWith("zone.json", R"("format": "chainmap/1")", R"("format": "chainmap/2")") ==
        "z/zone.json:2:13: /format: unsupported format 'chainmap/2': this chainmap reads "
        "\"chainmap/1\"");
  CHECK(ErrorsWith("zone.json", R"("as_of": "2024-06")", R"("as_of": "June 2024")") ==
        "z/zone.json:5:12: /as_of: 'June 2024' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
  CHECK(ErrorsWith("steel.json", R"("id": "steel")", R"("id": "Steel")") ==
        "z/steel.json:2:9: /id: 'Steel' is not a valid id: use lower-case ASCII letters, "
        "digits, '-' and '_', starting with a letter or digit");
  CHECK(ErrorsWith("steel.json", R"("id": "steel")", R"("id": "nev")") ==
        "z/steel.json:2:9: /id: id 'nev' does not match the file name 'steel.json': make them "
        "the same");
  CHECK(ErrorsWith("steel.json", R"({"zh": "钢铁"})", R"({"zh": "钢铁", "fr": "acier"})") ==
        "z/steel.json:3:30: /name/fr: unknown field in a name: use \"zh\" and \"en\"");
}

TEST_CASE("a USCC is checked by its check character", "[io][loader]") {
  CHECK(ErrorsWith("enterprises.json", R"("role": "leader")",
                   R"("role": "leader", "uscc": "91110108551385082Q")") == "");
  CHECK(ErrorsWith("enterprises.json", R"("role": "leader")",
                   R"("role": "leader", "uscc": "91110108551385083Q")") ==
        "z/enterprises.json:3:75: /enterprises/0/uscc: invalid USCC (统一社会信用代码) "
        "'91110108551385083Q': check character is 'Q', expected 'U' (a character was "
        "mistyped)");
}

TEST_CASE("file-level problems", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  files.erase("nev.json");
  CHECK(LoadErrors(files) ==
        "z/zone.json:6:23: /chains/1: chain 'nev' has no file 'z/nev.json': create it or remove "
        "the id\n"
        "z/nev.json: 2 references to chain 'nev' in other files not checked until this file "
        "loads: fix it and run again");
  // A broken chain file: its own error, not one "unknown chain" per reference into it.
  files = TinyZoneFiles();
  files["nev.json"] = Replace(files["nev.json"], "\"links\"", "\"links\" \"x\"");
  const std::string broken = LoadErrors(files);
  CHECK(broken.find("unknown chain") == std::string::npos);
  CHECK(broken.rfind("z/nev.json:", 0) == 0);
  CHECK(broken.find("\nz/nev.json: 2 references to chain 'nev' in other files not checked") !=
        std::string::npos);
  // A chain that is not listed at all is still unknown.
  files = TinyZoneFiles();
  files["candidates.json"] = Replace(files["candidates.json"], "nev/vehicle", "ev/vehicle");
  CHECK(LoadErrors(files).find("unknown chain 'ev' in 'ev/vehicle' (did you mean") !=
        std::string::npos);
  files = TinyZoneFiles();
  files.erase("zone.json");
  CHECK(LoadErrors(files) ==
        "z/zone.json: file not found: is 'z' a zone directory? (see docs/format.md)");
  files = TinyZoneFiles();
  files["projects.json"] = "";
  CHECK(LoadErrors(files) == "z/projects.json:1:1: empty file: expected a JSON value");
  files["projects.json"] = "{\"projects\": [\"\xE9\x92\"]}";
  CHECK(LoadErrors(files) ==
        "z/projects.json:1:16: invalid UTF-8 (byte 0xE9): save the file as UTF-8");
}

TEST_CASE("every error of a run is reported, capped at 50", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  files["steel.json"] = Replace(files["steel.json"], R"("stage": "midstream")", R"("stage": "x")");
  files["projects.json"] =
      Replace(files["projects.json"], R"("investment": 5)", R"("investment": -1)");
  const std::string errors = LoadErrors(files);
  CHECK(std::count(errors.begin(), errors.end(), '\n') == 1);

  std::string many = R"({"enterprises": [)";
  for (int i = 0; i < 60; ++i)
    many += std::string(i ? "," : "") + R"({"id": "e)" + std::to_string(i) +
            R"(", "name": "x", "local": true, "links": ["steel/nope"]})";
  files = TinyZoneFiles();
  files["enterprises.json"] = many + "]}";
  files.erase("projects.json");
  const std::string capped = LoadErrors(files);
  CHECK(std::count(capped.begin(), capped.end(), '\n') == 50);
  CHECK(capped.substr(capped.rfind('\n') + 1) ==
        "10 more errors not shown: fix these and run again");
}

TEST_CASE("warnings and notes do not stop a load", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  files["steel.json"] =
      Replace(files["steel.json"], R"({"from": "wire-rod", "to": "springs"})",
              R"({"from": "wire-rod", "to": "springs"}, {"from": "springs", "to": "ore"})");
  files["enterprises.json"] = Replace(files["enterprises.json"], R"(, "source": "[inf] test")", "");
  CHECK(LoadFindings(files) ==
        "z/enterprises.json:3:5: warning: /enterprises/0: enterprise 'mill' has no source: add "
        "\"source\" (seed file and section, \"[pub] …\" or \"[gk]\")\n"
        "z/steel.json:5:5: note: links 'ore', 'steelmaking', 'wire-rod', 'springs' form a cycle "
        "(allowed, e.g. scrap returning to steelmaking; analyses treat it as one loop)\n");
}
