// Inputs that hostile testing broke (issue 19): each reproduced with the exact message.
#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"
#include "src/io/zone_saver.h"
#include "tests/io/zone_fixture.h"

using namespace chainmap;
using namespace chainmap::testing;

namespace {

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("control characters and NUL in a name are refused with their place", "[io][loader]") {
  CHECK(FirstLine(ErrorsWith("steel.json", "铁矿", "铁\\u000b矿")) ==
        "z/steel.json:5:34: /links/0/name/zh: control character U+000B (vertical tab) at "
        "character 2: remove it (a name is one line of text without control characters)");
  CHECK(FirstLine(ErrorsWith("steel.json", "铁矿", "铁矿\\u0000")) ==
        "z/steel.json:5:34: /links/0/name/zh: control character U+0000 (NUL) at character 3: "
        "remove it (a name is one line of text without control characters)");
  CHECK(FirstLine(ErrorsWith("enterprises.json", "钢厂", "钢\\u001b厂")) ==
        "z/enterprises.json:3:28: /enterprises/0/name: control character U+001B (escape) at "
        "character 2: remove it (a name is one line of text without control characters)");
  // Free text keeps line breaks and tabs, nothing else.
  CHECK(ErrorsWith("steel.json", "\"name\": {\"zh\": \"钢铁\"}",
                   "\"name\": {\"zh\": \"钢铁\"}, \"note\": \"一\\n二\\t三\"") == "");
  CHECK(FirstLine(ErrorsWith("steel.json", "\"name\": {\"zh\": \"钢铁\"}",
                             "\"name\": {\"zh\": \"钢铁\"}, \"note\": \"一\\u0008\"")) ==
        "z/steel.json:3:33: /note: control character U+0008 (backspace) at character 2: remove it "
        "(text may hold line breaks and tabs, no other control characters)");
}

TEST_CASE("terminal escapes in messages are shown escaped", "[io][loader]") {
  const std::string errors =
      ErrorsWith("steel.json", "\"id\": \"ore\"", "\"id\": \"o\\u001b[2Jre\"");
  CHECK(errors.find('\x1b') == std::string::npos);
  CHECK(FirstLine(errors) ==
        "z/steel.json:5:12: /links/0/id: 'o\\x1b[2Jre' is not a valid id: use lower-case ASCII "
        "letters, digits, '-' and '_', starting with a letter or digit (it holds control "
        "character U+001B (escape) at character 2: remove it)");
}

TEST_CASE("messages a planner can act on", "[io][loader]") {
  CHECK(FirstLine(ErrorsWith("steel.json", "  \"id\": \"steel\",",
                             "  // the steel chain\n  \"id\": \"steel\",")) ==
        "z/steel.json:2:3: JSON has no comments: remove this one (to keep the text, put it in "
        "a \"note\" field)");
  CHECK(FirstLine(ErrorsWith("projects.json", "\"investment\": 5", "\"investment\": NaN")) ==
        "z/projects.json:4:20: NaN and Infinity are not numbers in JSON: write a finite number, "
        "or leave the field out when the value is unknown");
  CHECK(FirstLine(ErrorsWith("projects.json", "\"investment\": 5", "\"investment\": -Infinity")) ==
        "z/projects.json:4:20: NaN and Infinity are not numbers in JSON: write a finite number, "
        "or leave the field out when the value is unknown");
  CHECK(FirstLine(ErrorsWith("steel.json", "\"to\": \"springs\"", "\"to\": \"nev/vehicle\"")) ==
        "z/steel.json:13:32: /edges/2/to: 'nev/vehicle' is not a link of chain 'steel': an edge "
        "between two chains goes in \"cross_edges\" in zone.json, with both ends written "
        "\"chain/link\"");
  CHECK(FirstLine(ErrorsWith("nev.json", "{\"from\": \"battery\"", "{\"from\": \"springs\"")) ==
        "z/nev.json:8:22: /edges/0/from: link 'springs' is in chain 'steel', not in 'nev': an "
        "edge between two chains goes in \"cross_edges\" in zone.json, with both ends written "
        "\"chain/link\"");
  CHECK(
      FirstLine(ErrorsWith("zone.json", "\"to\": \"nev/vehicle\"", "\"to\": \"steel/springs\"")) ==
      "z/zone.json:8:37: /cross_edges/0/to: link 'steel/springs' cannot feed into itself: remove "
      "this edge");
  CHECK(FirstLine(ErrorsWith("steel.json", "\"id\": \"ore\"", "\"id\": \"\\ufeffore\"")) ==
        "z/steel.json:5:12: /links/0/id: '<U+FEFF>ore' is not a valid id: use lower-case ASCII "
        "letters, digits, '-' and '_', starting with a letter or digit (it holds an invisible "
        "character, shown as <U+FEFF>: remove it)");
}

TEST_CASE("a file with CR-only line ends is positioned by its lines", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  files["steel.json"] = Replace(files["steel.json"], "\"midstream\"", "\"midstrem\"");
  const std::string with_lf = FirstLine(LoadErrors(files));
  std::string& text = files["steel.json"];
  for (char& c : text)
    if (c == '\n') c = '\r';
  CHECK(with_lf.rfind("z/steel.json:7:", 0) == 0);
  CHECK(FirstLine(LoadErrors(files)) == with_lf);
}

TEST_CASE("a chain without links gives one line for the references into it", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  files["steel.json"] = R"({
  "id": "steel",
  "name": {"zh": "钢铁"},
  "links": []
}
)";
  CHECK(LoadErrors(files) ==
        "z/steel.json:4:12: /links: a chain needs at least one link\n"
        "z/steel.json: 4 references to chain 'steel' in other files not checked until this "
        "file loads: fix it and run again");
}

TEST_CASE("dates must exist and not be after the zone's as_of", "[io][loader]") {
  CHECK(FirstLine(ErrorsWith("zone.json", "\"2024-06\"", "\"2024-02-30\"")) ==
        "z/zone.json:5:12: /as_of: '2024-02-30' is not a date: 2024-02 has 29 days");
  CHECK(FirstLine(ErrorsWith("zone.json", "\"2024-06\"", "\"2023-02-29\"")) ==
        "z/zone.json:5:12: /as_of: '2023-02-29' is not a date: 2023-02 has 28 days");
  CHECK(ErrorsWith("zone.json", "\"2024-06\"", "\"2024-02-29\"") == "");
  CHECK(FirstLine(ErrorsWith("zone.json", "\"2024-06\"", "\"2099-01\""))
            .rfind("z/zone.json:5:12: /as_of: '2099-01' is in the future (today is 20", 0) == 0);
  CHECK(FirstLine(ErrorsWith("projects.json", "\"stage\": \"construction\"",
                             "\"stage\": \"construction\", \"as_of\": \"2099-03\"")) ==
        "z/projects.json:4:57: /projects/0/as_of: '2099-03' is after the zone's as_of "
        "'2024-06': nothing in the zone can be dated after its data (fix the date, or as_of in "
        "zone.json)");
  CHECK(FirstLine(ErrorsWith(
            "projects.json", "\"stage\": \"construction\"",
            "\"stage\": \"construction\", \"history\": [{\"stage\": \"signed\", \"as_of\": "
            "\"2024-03\"}, {\"stage\": \"planned\", \"as_of\": \"2023-05\"}]")) ==
        "z/projects.json:4:131: /projects/0/history/1/as_of: '2023-05' is before the date of "
        "the stage above it ('2024-03'): list history oldest first");
  CHECK(FirstLine(ErrorsWith("projects.json", "\"stage\": \"construction\"",
                             "\"stage\": \"construction\", \"as_of\": \"2023-01\", \"history\": "
                             "[{\"stage\": \"signed\", \"as_of\": \"2024-03\"}]")) ==
        "z/projects.json:4:57: /projects/0/as_of: '2023-01' is before the date of the last "
        "stage in history ('2024-03'): as_of is the date of the current stage");
}

TEST_CASE("revenue in 元 in a 亿元 field is refused", "[io][loader]") {
  CHECK(FirstLine(ErrorsWith("enterprises.json", "\"tags\": [\"规上\"]",
                             "\"tags\": [\"规上\"], \"revenue\": {\"value\": 120000000, "
                             "\"source\": \"[inf] t\"}")) ==
        "z/enterprises.json:3:104: /enterprises/0/revenue/value: 120000000 亿元 is more than "
        "any company takes in (the largest, about 30000 亿元): is the figure in 元 or 万元? "
        "Set \"unit\" to the unit it is in");
  CHECK(ErrorsWith("enterprises.json", "\"tags\": [\"规上\"]",
                   "\"tags\": [\"规上\"], \"revenue\": {\"value\": 120000000, \"unit\": \"元\", "
                   "\"source\": \"[inf] t\"}") == "");
}

TEST_CASE("a misspelt optional key is warned about with did-you-mean", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  files["steel.json"] = Replace(files["steel.json"], "\"stage\": \"upstream\", \"source\"",
                                "\"stage\": \"upstream\", \"stgae\": \"x\", \"source\"");
  CHECK(LoadFindings(files) ==
        "z/steel.json:5:71: warning: /links/0/stgae: unknown field 'stgae' is kept as it is: "
        "did you mean 'stage'? (a misspelt field is not read)\n");
}

TEST_CASE("warnings are capped and each has its line:column", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  std::string links;
  for (int i = 0; i < 300; ++i)
    links += ", {\"id\": \"x" + std::to_string(i) +
             "\", \"name\": {\"zh\": \"甲\"}, \"stage\": \"upstream\", \"source\": \"[inf] t\"}\n";
  files["steel.json"] = Replace(files["steel.json"], "\"downstream\", \"source\": \"[inf] test\"}",
                                "\"downstream\", \"source\": \"[inf] test\"}" + links);
  const std::vector<Diagnostic> findings = LoadFiles(files).findings;
  REQUIRE(findings.size() == DiagnosticSink::kMaxOthers + 1);
  CHECK(FormatDiagnostic(findings[0]) ==
        "z/steel.json:8:93: warning: /links/4: link 'x0' has no edges: connect it or remove it");
  CHECK(FormatDiagnostic(findings.back()) ==
        "note: 100 more warnings and notes not shown: fix these and run again");
}

TEST_CASE("unknown fields keep their number text through a save", "[io][loader]") {
  ZoneFiles files = TinyZoneFiles();
  files["steel.json"] =
      Replace(files["steel.json"], "\"stage\": \"upstream\", \"source\"",
              "\"stage\": \"upstream\", \"x_big\": 12345678901234567890, \"x_exp\": 1e2, "
              "\"x_frac\": [1.50, -0, 0.1], \"source\"");
  const std::string saved = SaveZone(LoadFiles(files).zone).at("steel.json");
  CHECK(saved.find("\"x_big\": 12345678901234567890") != std::string::npos);
  CHECK(saved.find("\"x_exp\": 1e2") != std::string::npos);
  CHECK(saved.find("\"x_frac\": [1.50, -0, 0.1]") != std::string::npos);
  // Saved again, the text stays.
  ZoneFiles again = SaveZone(LoadFiles(files).zone);
  CHECK(SaveZone(LoadFiles(again).zone).at("steel.json") == saved);
}
