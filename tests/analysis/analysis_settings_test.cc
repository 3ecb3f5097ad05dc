// The analysis settings in zone.json: parsed, checked, and saved only when not default.
#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "src/io/diagnostic.h"
#include "src/io/zone_loader.h"
#include "src/io/zone_saver.h"
#include "tests/io/zone_fixture.h"

namespace chainmap {
namespace {

std::map<std::string, std::string> Files(const std::string& settings) {
  return {{"zone.json",
           R"({"format": "chainmap/1", "id": "z", "name": {"zh": "园区"}, "as_of": "2024",
  "chains": ["c"],
  "settings": )" +
               settings + "}\n"},
          {"c.json", R"({"id": "c", "name": {"zh": "链"}, "links": [
  {"id": "a", "name": {"zh": "甲"}, "stage": "upstream"}]})"},
          {"enterprises.json", R"({"enterprises": []})"}};
}

TEST_CASE("analysis settings are read and written back") {
  const auto loaded = testing::LoadFiles(
      Files(R"({"weak_credit": 0.25, "filling_credit": 0.5, "chokepoint_min_dominated": 3})"));
  const Settings& s = loaded.zone.settings;
  CHECK(s.weak_credit == Approx(0.25));
  CHECK(s.filling_credit == Approx(0.5));
  CHECK(s.chokepoint_min_dominated == 3);
  CHECK(s.extra.empty());
  auto saved = SaveZone(loaded.zone);
  CHECK(saved["zone.json"].find(R"("weak_credit": 0.25)") != std::string::npos);
  CHECK(testing::LoadFiles(saved).zone == loaded.zone);

  SECTION("defaults are not written") {
    const auto plain = testing::LoadFiles(Files(R"({"strong_min_scale": 2})"));
    CHECK(plain.zone.settings.weak_credit == Approx(0.5));
    CHECK(SaveZone(plain.zone)["zone.json"].find("weak_credit") == std::string::npos);
  }
}

TEST_CASE("a credit above 1 is an error with its position") {
  try {
    testing::LoadFiles(Files(R"({"weak_credit": 1.5})"));
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(FormatDiagnostic(e.diagnostics()[0]) ==
          "z/zone.json:3:31: /settings/weak_credit: must be at most 1");
  }
}

}  // namespace
}  // namespace chainmap
