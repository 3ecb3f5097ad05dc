#include "src/model/extra.h"

#include <utility>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using chainmap::Extra;
using Json = nlohmann::ordered_json;

TEST_CASE("Extra: nothing held for no fields, copies deep, compares as its JSON", "[model]") {
  const Extra none;
  CHECK(none.empty());
  CHECK(none.json().is_null());
  CHECK(Extra(Json()) == none);  // a null value keeps nothing
  CHECK(Extra(Json::object()).empty());
  CHECK_FALSE(Extra(Json::object()) == none);  // as the JSON values: {} is not null

  Extra a(Json::parse(R"({"zz_owner": {"dept": "招商一科"}, "a_rank": 3})"));
  CHECK_FALSE(a.empty());
  CHECK(a.json().at("a_rank") == 3);
  CHECK(a.json().begin().key() == "zz_owner");  // the order it was given in

  Extra b = a;
  CHECK(b == a);
  b = Extra(Json::parse(R"({"a_rank": 4})"));
  CHECK(a.json().at("a_rank") == 3);  // the copy was deep
  CHECK_FALSE(b == a);

  Extra c = std::move(a);
  CHECK(c.json().at("zz_owner").at("dept") == "招商一科");
  CHECK(a.empty());  // NOLINT(bugprone-use-after-move): a moved-from Extra holds nothing
  a = c;
  CHECK(a == c);
}
