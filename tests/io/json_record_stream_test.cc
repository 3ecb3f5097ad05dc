#include "src/io/json_record_stream.h"

#include <catch2/catch.hpp>

#include "src/io/json_ref.h"

using namespace chainmap;

namespace {

std::shared_ptr<const InputText> Text(std::string text) {
  return std::make_shared<const InputText>(std::move(text));
}

}  // namespace

TEST_CASE("records come one at a time, each with its pointer and positions", "[io][json]") {
  JsonRecordStream stream(Text("{\"note\": 1,\n \"items\": [\n  {\"id\": \"a\"},\n  {\"id\": "
                               "\"b\", \"x\": [1, 2]}\n ],\n \"after\": true}"),
                          "items");
  CHECK(stream.CountRecords() == 2);
  auto first = stream.Next();
  REQUIRE(first);
  CHECK(first->Find("/items/0/id").string() == "a");
  CHECK_FALSE(first->Find("/items/0/name"));
  CHECK(first->PositionOf("/items/0").line == 3);
  CHECK(first->PositionOf("/items/0/id").column == 10);
  auto second = stream.Next();
  REQUIRE(second);
  CHECK(second->PositionOf("/items/1/x/1").line == 4);
  CHECK(second->PositionOf("/items/1/x/1").column == 24);
  CHECK(second->NumberText("/items/1/x/1") == "2");
  CHECK_FALSE(stream.Next());
  // The rest of the file, with the records left out.
  CHECK(stream.top().root().dump() == R"({"note":1,"items":[],"after":true})");
}

TEST_CASE("a syntax error anywhere is thrown where it is", "[io][json]") {
  JsonRecordStream stream(Text("{\"items\": [{\"id\": 1},\n {\"id\": 2} {\"id\": 3}]}"), "items");
  CHECK(stream.Next());
  CHECK(stream.Next());
  try {
    stream.Next();
    FAIL("no error");
  } catch (const JsonSyntaxError& e) {
    CHECK(e.position().line == 2);
    CHECK(e.position().column == 12);
    CHECK(std::string(e.what()) == "expected ',' or ']' after an array element, found '{'");
  }
}

TEST_CASE("a file without the record array is read whole as the top", "[io][json]") {
  JsonRecordStream missing(Text("{\"other\": [1]}"), "items");
  CHECK_FALSE(missing.Next());
  CHECK(missing.top().root().dump() == R"({"other":[1]})");
  JsonRecordStream wrong(Text("{\"items\": {\"a\": 1}}"), "items");
  CHECK_FALSE(wrong.Next());
  CHECK(wrong.top().root()["items"].is_object());
  JsonRecordStream array(Text("[1, 2]"), "items");
  CHECK_FALSE(array.Next());
  CHECK(array.top().root().is_array());
  CHECK_THROWS_AS(JsonRecordStream(Text("{\"items\": [], \"items\": []}"), "items"),
                  JsonSyntaxError);
}

TEST_CASE("records on one line have their own columns", "[io][json]") {
  // A file written without line breaks: each record's start is counted on from the one
  // before, in characters ("钢" is one column, three bytes).
  JsonRecordStream stream(Text(R"({"items": [{"id": "钢"}, {"id": "铁", "x": 1}, {"id": "é"}]})"),
                          "items");
  // A record is valid until the next one is read: each is checked before.
  auto first = stream.Next();
  REQUIRE(first);
  CHECK(first->start().column == 12);
  CHECK(first->PositionOf("/items/0/id").column == 19);
  auto second = stream.Next();
  REQUIRE(second);
  CHECK(second->start().column == 25);
  CHECK(second->PositionOf("/items/1/x").column == 42);
  auto third = stream.Next();
  REQUIRE(third);
  CHECK(third->start().column == 46);
  CHECK(third->PositionOf("/items/2/id").column == 53);
  CHECK(third->PositionOf("/items/2/id").line == 1);
  CHECK_FALSE(stream.Next());
}

TEST_CASE("records are counted past strings, escapes and nesting, wherever they fall",
          "[io][json]") {
  // Five records: brackets, commas and escaped quotes inside strings do not count, nor
  // do the commas of nested values. Shifted by 0–31 spaces, so that every byte falls at
  // every place of a 16-byte block.
  const std::string records =
      R"([{"a": "x,]\"}{", "b": [1, 2]}, "\\", {"c": "\\\",\\\\,\"[,"}, [[], {}], 5])";
  for (std::size_t pad = 0; pad < 32; ++pad) {
    CAPTURE(pad);
    JsonRecordStream stream(Text("{" + std::string(pad, ' ') + "\"items\": " + records + "}"),
                            "items");
    CHECK(stream.CountRecords() == 5);
    std::size_t read = 0;
    while (stream.Next()) ++read;
    CHECK(read == 5);
  }
}
