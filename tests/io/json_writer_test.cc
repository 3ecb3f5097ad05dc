#include "src/io/json_writer.h"

#include <limits>

#include <catch2/catch.hpp>

#include "src/io/json_document.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

}  // namespace

TEST_CASE("json writer scalars are nlohmann's own dump of them", "[io][json_writer]") {
  // The writer escapes strings and prints numbers itself; nlohmann's dump is the reference.
  const Json values = Json::array({"",
                                   "炼钢",
                                   "a \"quoted\" \\ path",
                                   "tab\there\nnewline\r\b\f",
                                   std::string("nul\0x", 5),
                                   "\x01\x1f\x7f",
                                   "é ü ẞ 𝄞",
                                   0,
                                   -1,
                                   42,
                                   std::numeric_limits<std::int64_t>::min(),
                                   std::numeric_limits<std::uint64_t>::max(),
                                   1.5,
                                   0.1,
                                   1e300,
                                   -2.5e-7,
                                   3.0,
                                   true,
                                   false,
                                   nullptr});
  for (const Json& value : values) {
    INFO(value.dump());
    CHECK(WriteJson(value) == value.dump(-1, ' ', false) + "\n");
  }
  CHECK(WriteJson(Json{{"k\"ey\n", "v"}}) == R"({"k\"ey\n": "v"})"
                                             "\n");
  CHECK(WriteJson(RawNumber("1.50")) == "1.50\n");
}

TEST_CASE("json writer refuses invalid UTF-8 as nlohmann does", "[io][json_writer]") {
  CHECK_THROWS_AS(WriteJson(Json("bad \xff byte")), nlohmann::json::type_error);
  CHECK_THROWS_AS(WriteJson(Json{{"k", Json::array({"\xe7\x82"})}}), nlohmann::json::type_error);
}

TEST_CASE("json writer puts a flat value on one line only when it fits", "[io][json_writer]") {
  const Json record = {{"id", "steel"},
                       {"name", {{"zh", "炼钢"}, {"en", "Steelmaking"}}},
                       {"codes", Json::array({"C3120", "C3130"})},
                       {"empty", Json::array()},
                       {"nested", Json::array({Json::object(), Json::array({1})})}};
  CHECK(WriteJson(record) == R"({
  "id": "steel",
  "name": {"zh": "炼钢", "en": "Steelmaking"},
  "codes": ["C3120", "C3130"],
  "empty": [],
  "nested": [
    {},
    [1]
  ]
}
)");
  // `  "name": {"zh": "炼钢", "en": "Steelmaking"}` takes 45 columns (炼钢 counts four).
  const Json name = {{"name", record["name"]}};
  CHECK(WriteJson(name, 45) == R"({
  "name": {"zh": "炼钢", "en": "Steelmaking"}
}
)");
  CHECK(WriteJson(name, 44) == R"({
  "name": {
    "zh": "炼钢",
    "en": "Steelmaking"
  }
}
)");
}

}  // namespace chainmap
