#include "src/model/id_index.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace chainmap;

namespace {

struct Row {
  std::string id;
};

}  // namespace

TEST_CASE("the id index finds every id added, through growth, and no other", "[model]") {
  std::vector<Row> rows;
  IdIndex<Row> index;
  CHECK_FALSE(index.Find(rows, "x"));
  // Enough to grow from 16 slots several times; ids that differ in one character.
  for (int i = 0; i < 1000; ++i) {
    rows.push_back({"e" + std::to_string(i)});
    index.Insert(rows, rows.back().id, rows.size() - 1);
  }
  for (int i = 0; i < 1000; ++i) {
    const auto found = index.Find(rows, "e" + std::to_string(i));
    REQUIRE(found);
    CHECK(*found == static_cast<std::size_t>(i));
  }
  CHECK_FALSE(index.Find(rows, "e1000"));
  CHECK_FALSE(index.Find(rows, ""));
  CHECK_FALSE(index.Find(rows, "E1"));
}

TEST_CASE("the id index can be reserved before and inserted into before the row", "[model]") {
  std::vector<Row> rows;
  IdIndex<Row> index;
  index.Reserve(rows, 3);
  index.Insert(rows, "b", 0);  // inserted before its row is added, as Zone does
  rows.push_back({"b"});
  index.Insert(rows, "", 1);  // an empty id is an id like any other here
  rows.push_back({""});
  CHECK(index.Find(rows, "b") == std::optional<std::size_t>(0));
  CHECK(index.Find(rows, "") == std::optional<std::size_t>(1));
  const IdIndex<Row> copy = index;
  CHECK(copy.Find(rows, "b") == std::optional<std::size_t>(0));
}
