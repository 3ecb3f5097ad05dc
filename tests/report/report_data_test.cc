#include "src/report/report_data.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

const Json* FindLink(const Json& data, const std::string& chain, const std::string& name) {
  for (const Json& c : data["chains"])
    if (c["key"] == chain)
      for (const Json& l : c["links"])
        if (l["name"] == name) return &l;
  return nullptr;
}

std::vector<std::string> EnterpriseNames(const Json& data, const Json& link) {
  std::vector<std::string> names;
  for (const Json& e : link["enterprises"]) {
    // As the page shows them: the short name where there is one, else the name.
    const Json& record = data["enterprises"][e.get<std::size_t>()];
    const Json& short_name = record["short"];
    names.push_back(short_name.is_string() && !short_name.get<std::string>().empty()
                        ? short_name.get<std::string>()
                        : record["name"].get<std::string>());
  }
  return names;
}

struct Fixture {
  LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  ZoneAnalysis now{loaded.zone};
  ZoneAnalysis vision{loaded.zone, {ProjectStage::kSigned, {}}};
  Fixture() {
    now.Run();
    vision.Run();
  }
};

TEST_CASE("report data: 炼钢 lists 济源钢铁 and 中原特钢 with their roles", "[report]") {
  const Fixture f;
  const Json data = ReportData({f.now, f.vision, {}, false});
  const Json* link = FindLink(data, "steel", "炼钢");
  REQUIRE(link);
  const auto names = EnterpriseNames(data, *link);
  CHECK(std::find(names.begin(), names.end(), "济源钢铁") != names.end());
  CHECK(std::find(names.begin(), names.end(), "中原特钢") != names.end());
  CHECK((*link)["status"] == Json({"strong", "strong"}));
  CHECK(data["status_labels"]["strong"] == "强");
}

TEST_CASE("report data: statuses under both scenarios, and they differ somewhere", "[report]") {
  const Fixture f;
  const Json data = ReportData({f.now, f.vision, {}, true});
  CHECK(data["open_vision"] == true);
  CHECK(data["scenario_notes"][1] == "视签约及以后阶段的项目为已建成");
  std::size_t differ = 0, links = 0;
  for (const Json& c : data["chains"])
    for (const Json& l : c["links"]) {
      ++links;
      REQUIRE(l["status"].size() == 2);
      if (l["status"][0] != l["status"][1]) ++differ;
    }
  CHECK(links == data["completeness"][0]["links"]);
  CHECK(differ > 0);
  // Every status counted in the zone's completeness, under each scenario.
  for (int s = 0; s < 2; ++s) {
    const Json& z = data["completeness"][s];
    CHECK(z["strong"].get<int>() + z["weak"].get<int>() + z["filling"].get<int>() +
              z["missing"].get<int>() ==
          z["links"].get<int>());
  }
}

TEST_CASE("report data: nothing a leader reads names a file", "[report]") {
  const Fixture f;
  const Json data = ReportData({f.now, f.vision, {}, false});
  for (const Json& group : {data["enterprises"], data["projects"]})
    for (const Json& record : group)
      for (const Json& source : record["source"]) {
        const std::string text = source.get<std::string>();
        CHECK(text.find(".txt") == std::string::npos);
        CHECK(text.find("[gk]") == std::string::npos);
        CHECK(text.find("[pub]") == std::string::npos);
      }
  // A project's investment carries its unit; its stage is Chinese.
  bool investment = false;
  for (const Json& p : data["projects"])
    if (!p["investment"].get<std::string>().empty()) {
      investment = true;
      CHECK(p["investment"].get<std::string>().ends_with(" 亿元"));
    }
  CHECK(investment);
}

// The zone's stated figures and aims (zone.json facts: 53, counted in the file; the four
// 四星级 thresholds one fact each), in its order, cited by title: the first from the 2023
// summary, the 四星级 thresholds from 2024.
TEST_CASE("report data: the documents' figures and aims, each cited by title", "[report]") {
  const Fixture f;
  const Json data = ReportData({f.now, f.vision, {}, false});
  REQUIRE(data["facts"].size() == 53);
  CHECK(data["facts"][0]["text"] == "2023 年上半年新入库亿元以上项目 7 个");
  CHECK(data["facts"][0]["source"] == Json::array({"《高新区2023年上半年工作总结》 一"}));
  bool thresholds = false;
  for (const Json& fact : data["facts"]) {
    for (const Json& source : fact["source"])
      CHECK(source.get<std::string>().find(".txt") == std::string::npos);
    if (fact["text"].get<std::string>().starts_with("四星级开发区晋升“门槛”"))
      thresholds = fact["source"][0].get<std::string>().starts_with(
          "《济源高新区2024年上半年工作总结及下半年工作谋划》");
  }
  CHECK(thresholds);
}

TEST_CASE("report data: targets with score parts that add up to the score", "[report]") {
  const Fixture f;
  const Json data = ReportData({f.now, f.vision, {}, false});
  REQUIRE(!data["targets"][0].empty());
  for (const Json& t : data["targets"][0]) {
    double sum = 0;
    for (const Json& part : t["parts"]) sum += part.get<double>();
    CHECK(sum == Approx(t["score"].get<double>()).margin(0.03));
    CHECK(!t["reason"].get<std::string>().empty());
  }
}

}  // namespace
}  // namespace chainmap
