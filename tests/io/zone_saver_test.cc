#include "src/io/zone_saver.h"

#include <catch2/catch.hpp>

#include "src/io/json_writer.h"
#include "tests/io/zone_fixture.h"

using namespace chainmap;
using namespace chainmap::testing;

TEST_CASE("load, save, load gives an equal zone and the same bytes again", "[io][saver]") {
  const ZoneFiles original = TinyZoneFiles();
  const Zone first = LoadFiles(original).zone;
  const ZoneFiles saved = SaveZone(first);
  const Zone second = LoadFiles(saved).zone;
  CHECK(first == second);
  CHECK(SaveZone(second) == saved);
}

TEST_CASE("unknown fields survive a round trip, after the known ones in sorted order",
          "[io][saver]") {
  ZoneFiles files = TinyZoneFiles();
  files["steel.json"] =
      Replace(files["steel.json"], R"("stage": "midstream",)",
              R"("zz_owner": {"dept": "招商一科"}, "stage": "midstream", "a_rank": 3,)");
  files["projects.json"] =
      Replace(files["projects.json"], R"("investment": 5,)", R"("investment": 5, "入统": true,)");
  files["zone.json"] = Replace(files["zone.json"], R"("strong_min_scale": 2)",
                               R"("strong_min_scale": 2, "future_weight": 0.25)");
  files["candidates.json"] = Replace(files["candidates.json"], R"({
  "enterprises": [)",
                                     R"({
  "exported_by": "registry", "enterprises": [)");
  const Zone zone = LoadFiles(files).zone;
  CHECK(zone.chains()[0].links()[2].extra.json() ==
        nlohmann::ordered_json::parse(R"({"a_rank": 3, "zz_owner": {"dept": "招商一科"}})"));
  CHECK(zone.projects()[0].extra.json().at("入统") == true);
  CHECK(zone.settings.extra.json().at("future_weight") == 0.25);

  const ZoneFiles saved = SaveZone(zone);
  CHECK(saved.at("steel.json").find(R"(      "source": "[inf] test",
      "a_rank": 3,
      "zz_owner": {"dept": "招商一科"})") != std::string::npos);
  CHECK(saved.at("candidates.json").find(R"("exported_by": "registry")") != std::string::npos);
  CHECK(LoadFiles(saved).zone == zone);
}

TEST_CASE("the canonical form of a record", "[io][saver]") {
  ZoneFiles files = TinyZoneFiles();
  files["projects.json"] = R"({"projects": [{"source": ["a", "b"], "stage": "signed",
    "investment": 5.0, "name": "弹簧项目", "id": "p", "as_of": "2023-06", "history": [{"stage": "planned"}]}]})";
  CHECK(SaveZone(LoadFiles(files).zone).at("projects.json") == R"({
  "projects": [
    {
      "id": "p",
      "name": "弹簧项目",
      "investment": 5,
      "stage": "signed",
      "as_of": "2023-06",
      "history": [
        {"stage": "planned"}
      ],
      "source": ["a", "b"]
    }
  ]
}
)");
}

TEST_CASE("records go to the file that matches their local flag", "[io][saver]") {
  ZoneFiles files = TinyZoneFiles();
  files["candidates.json"] =
      Replace(files["candidates.json"], R"("local": false)", R"("local": true)");
  const LoadedZone loaded = LoadFiles(files);
  REQUIRE(loaded.findings.size() == 1);
  CHECK(FormatDiagnostic(loaded.findings[0]) ==
        "z/candidates.json:3:47: warning: /enterprises/0/local: a local enterprise in "
        "candidates.json: chainmap fmt moves it to enterprises.json");
  const ZoneFiles saved = SaveZone(loaded.zone);
  CHECK(saved.at("enterprises.json").find("carmaker") != std::string::npos);
  CHECK(saved.count("candidates.json") == 0);
  CHECK(EmptyRecordFile("candidates.json") == "{\n  \"enterprises\": []\n}\n");
}

TEST_CASE("record files written record by record are what the whole tree would give",
          "[io][saver]") {
  ZoneFiles files = TinyZoneFiles();
  files["candidates.json"] = Replace(files["candidates.json"], R"({
  "enterprises": [)",
                                     R"({
  "zz_batch": {"by": "招商一科", "rows": [1, 2, 3]}, "exported_by": "registry", "enterprises": [)");
  const ZoneFiles saved = SaveZone(LoadFiles(files).zone);
  for (const char* name : {"enterprises.json", "candidates.json", "projects.json"}) {
    INFO(name);
    const std::string& text = saved.at(name);
    CHECK(text == WriteJson(nlohmann::ordered_json::parse(text)));
  }
  // The unknown members follow the records, sorted, each as the tree writer puts it.
  CHECK(saved.at("candidates.json").find(R"(  ],
  "exported_by": "registry",
  "zz_batch": {
    "by": "招商一科",
    "rows": [1, 2, 3]
  }
}
)") != std::string::npos);
}
