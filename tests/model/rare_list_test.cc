#include "src/model/rare_list.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace chainmap;

TEST_CASE("RareList reads and fills as a vector, holding nothing while empty", "[model]") {
  RareList<std::string> list;
  CHECK(list.empty());
  CHECK(list.size() == 0);
  CHECK(list.begin() == list.end());
  CHECK(list.vec().empty());
  int seen = 0;
  for (const std::string& item : list) seen += static_cast<int>(item.size());
  CHECK(seen == 0);
  CHECK(list == std::vector<std::string>{});

  list.push_back("甲");
  list.emplace_back("乙");
  REQUIRE(list.size() == 2);
  CHECK(list[0] == "甲");
  CHECK(list.front() == "甲");
  CHECK(list.back() == "乙");
  CHECK(std::find(list.begin(), list.end(), "乙") != list.end());
  const std::vector<std::string>& as_vector = list;
  CHECK(as_vector == std::vector<std::string>{"甲", "乙"});

  RareList<std::string> copy = list;  // deep
  copy[0] = "丙";
  CHECK(list[0] == "甲");
  CHECK_FALSE(copy == list);

  CHECK(erase_if(copy, [](const std::string& s) { return s == "丙"; }) == 1);
  CHECK(copy == std::vector<std::string>{"乙"});
  CHECK(erase_if(copy, [](const std::string&) { return true; }) == 1);
  CHECK(copy.empty());
  CHECK(copy == RareList<std::string>());

  list = std::vector<std::string>{};
  CHECK(list.empty());
  list = std::vector<std::string>{"丁"};
  nlohmann::ordered_json json;
  json["former_names"] = list;
  CHECK(json.dump() == "{\"former_names\":[\"丁\"]}");
}
