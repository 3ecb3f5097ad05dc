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

namespace {

/// A stream that parses on a second thread, `batch` records at a time.
JsonRecordStream::Options Threaded(std::size_t batch) {
  JsonRecordStream::Options options;
  options.thread_from = 0;
  options.batch_records = batch;
  return options;
}

/// What a stream hands out: the count, one line per record ("line:column offset id",
/// the id found by the record's pointer), then the top, or the error where it stopped.
std::string ReadAll(const std::string& text, const JsonRecordStream::Options& options) {
  std::string out;
  try {
    JsonRecordStream stream(Text(text), "items", options);
    // An empty array, or none, has nothing to parse ahead.
    if (stream.CountRecords() > 0) CHECK(stream.threaded() == (options.thread_from == 0));
    out += "count " + std::to_string(stream.CountRecords()) + "\n";
    for (std::size_t i = 0; auto record = stream.Next(); ++i) {
      const std::string id = "/items/" + std::to_string(i) + "/id";
      out += std::to_string(record->start().line) + ":" + std::to_string(record->start().column) +
             " " + std::to_string(record->begin()) + " " + std::string(record->Find(id).string()) +
             " " + std::to_string(record->PositionOf(id).column) + "\n";
    }
    out += stream.top().root().dump() + "\n";
  } catch (const JsonSyntaxError& e) {
    out += std::to_string(e.position().line) + ":" + std::to_string(e.position().column) + " " +
           e.what() + "\n";
  }
  return out;
}

/// {"items": [{"id": "r0"}, …], "after": 1}, `count` records on lines of their own.
std::string Items(std::size_t count) {
  std::string text = "{\"items\": [\n";
  for (std::size_t i = 0; i < count; ++i)
    text += std::string(i ? ",\n" : "") + "  {\"id\": \"r" + std::to_string(i) + "\"}";
  return text + "\n], \"after\": 1}";
}

}  // namespace

TEST_CASE("records parsed on a second thread come out as on one", "[io][json]") {
  const std::string text = Items(10);
  const std::string one = ReadAll(text, {});
  // Record 7 is on line 9 (record 0 on line 2), after the 12 bytes of the first line and
  // 7 record lines of 16 bytes (with their ",\n"), and 2 spaces: byte 126; its id at
  // column 10.
  CHECK(one.find("\n9:3 126 r7 10\n") != std::string::npos);
  CHECK(one.substr(0, 9) == "count 10\n");
  CHECK(one.substr(one.size() - 23) == "{\"items\":[],\"after\":1}\n");
  // Batches of 1, 3 (the last one short) and 10 (one batch, the end in the next).
  for (const std::size_t batch : {1, 3, 10, 64}) {
    CAPTURE(batch);
    CHECK(ReadAll(text, Threaded(batch)) == one);
  }
  CHECK(ReadAll("{\"items\": []}", Threaded(2)) == "count 0\n{\"items\":[]}\n");
}

TEST_CASE("a syntax error on the second thread comes after the records before it", "[io][json]") {
  // Record 5 lacks its ':'; the five before are handed out first, then the error.
  std::string text = Items(9);
  text.replace(text.find("\"r5\"") - 2, 1, "");
  const std::string one = ReadAll(text, {});
  CHECK(one.find("r4") != std::string::npos);
  CHECK(one.find("r5") == std::string::npos);
  CHECK(one.substr(one.find("r4")) == "r4 10\n7:9 expected ':' after an object key, found '\"'\n");
  for (const std::size_t batch : {1, 2, 5, 6, 100}) {
    CAPTURE(batch);
    CHECK(ReadAll(text, Threaded(batch)) == one);
  }
  // After the records: a broken member after the array, and a missing ']'.
  const std::string after = Items(4) + "x";
  CHECK(ReadAll(after, Threaded(2)) == ReadAll(after, {}));
  CHECK(ReadAll(after, {}).find("unexpected 'x' after the JSON value") != std::string::npos);
  const std::string open = "{\"items\": [{\"id\": \"r0\"}, {\"id\": \"r1\"}";
  CHECK(ReadAll(open, Threaded(1)) == ReadAll(open, {}));
}

TEST_CASE("a stream left before its end stops its thread", "[io][json]") {
  // The reader stops early, or throws while the thread is parsing ahead: the destructor
  // stops and joins the thread (a thread left running would end the process).
  const std::string text = Items(500);
  {
    JsonRecordStream stream(Text(text), "items", Threaded(4));
    REQUIRE(stream.threaded());
    CHECK(stream.Next());
  }
  { JsonRecordStream unread(Text(text), "items", Threaded(4)); }
  const auto read_until_throw = [&] {
    JsonRecordStream stream(Text(text), "items", Threaded(8));
    for (int i = 0; stream.Next(); ++i)
      if (i == 20) throw std::runtime_error("stopped by the reader");
  };
  CHECK_THROWS_WITH(read_until_throw(), "stopped by the reader");
}
