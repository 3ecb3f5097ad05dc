#include "src/io/flat_json.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "src/io/json_parser.h"

using namespace chainmap;

namespace {

/// `text` parsed flat into `out`.
void ParseInto(FlatJson& out, std::string_view text) {
  out.Reset(text);
  JsonParser parser(text);
  parser.ParseFlat(out, 0);
}

}  // namespace

TEST_CASE("a value is laid out flat, each container before its contents", "[io][json]") {
  //           0         1         2         3
  //           0123456789012345678901234567890123456
  const std::string text = R"({"a": [1, "x\ny"], "b": {"c": null}})";
  FlatJson flat;
  ParseInto(flat, text);
  // 0 {  1 "a"  2 [  3 1  4 "x\ny"  5 "b"  6 {  7 "c"  8 null
  CHECK(flat.at(0).type == JsonType::kObject);
  CHECK(flat.at(0).length == 2);
  CHECK(flat.at(0).next == 9);
  CHECK(flat.String(1) == "a");
  CHECK(flat.at(1).offset == 1);
  CHECK(flat.at(2).type == JsonType::kArray);
  CHECK(flat.at(2).offset == 6);
  CHECK(flat.at(2).length == 2);
  CHECK(flat.at(2).next == 5);
  CHECK(flat.at(3).type == JsonType::kInteger);
  CHECK(flat.at(3).integer == 1);
  CHECK(flat.at(3).offset == 7);
  CHECK(flat.at(4).type == JsonType::kString);
  CHECK(flat.at(4).decoded);  // held an escape: decoded into the buffer
  CHECK(flat.String(4) == "x\ny");
  CHECK_FALSE(flat.at(1).decoded);  // a view into the text
  CHECK(flat.String(5) == "b");
  CHECK(flat.at(6).type == JsonType::kObject);
  CHECK(flat.at(6).next == 9);
  CHECK(flat.String(7) == "c");
  CHECK(flat.at(8).type == JsonType::kNull);
  CHECK(flat.at(8).offset == 30);
}

TEST_CASE("numbers are kept by how they were written", "[io][json]") {
  FlatJson flat;
  ParseInto(flat, "[-7, 18446744073709551615, 1e2, -0, true]");
  CHECK(flat.at(1).type == JsonType::kInteger);
  CHECK(flat.at(1).integer == -7);
  CHECK(flat.at(2).type == JsonType::kUnsigned);
  CHECK(flat.at(2).whole == 18446744073709551615ULL);
  CHECK(flat.at(3).type == JsonType::kFloat);
  CHECK(flat.at(3).number == 100.0);
  CHECK(flat.at(4).type == JsonType::kInteger);
  CHECK(flat.at(4).integer == 0);
  CHECK(flat.at(5).type == JsonType::kBoolean);
  CHECK(flat.at(5).boolean);
}

TEST_CASE("a reused FlatJson holds only the last value", "[io][json]") {
  FlatJson flat;
  ParseInto(flat, R"({"k": "\u00e9t\u00e9", "l": [1, 2, 3]})");
  ParseInto(flat, R"({"m": "\t"})");
  CHECK(flat.at(0).length == 1);
  CHECK(flat.at(0).next == 3);
  CHECK(flat.String(1) == "m");
  CHECK(flat.String(2) == "\t");
}

TEST_CASE("the flat parse finds the errors the tree parse finds, at the same places",
          "[io][json]") {
  const std::string bad[] = {"{\"a\": 1, \"a\": 2}",
                             "{\"a\": [1, 2,]}",
                             "{\"a\": 01}",
                             "{\"a\": NaN}",
                             "{\"a\": \"x\n\"}",
                             "{\"a\": tru}",
                             "{\"a\": 1e999}",
                             "[\"\\ud800\"]",
                             "{\"a\" 1}",
                             "[1 2]",
                             "{\"a\": \"\\q\"}",
                             "{\"k\": 1, \"\\u006b\": 2}",
                             std::string(65, '[') + std::string(65, ']')};
  for (const std::string& text : bad) {
    CAPTURE(text);
    std::string tree_error, flat_error;
    TextPosition tree_at, flat_at;
    try {
      JsonParser(text).ParseValue(0);
    } catch (const JsonSyntaxError& e) {
      tree_error = e.what();
      tree_at = e.position();
    }
    try {
      FlatJson flat;
      ParseInto(flat, text);
    } catch (const JsonSyntaxError& e) {
      flat_error = e.what();
      flat_at = e.position();
    }
    CHECK_FALSE(tree_error.empty());
    CHECK(flat_error == tree_error);
    CHECK(flat_at.line == tree_at.line);
    CHECK(flat_at.column == tree_at.column);
  }
}

TEST_CASE("64 levels of nesting are allowed, 65 are not", "[io][json]") {
  FlatJson flat;
  CHECK_NOTHROW(ParseInto(flat, std::string(64, '[') + std::string(64, ']')));
  CHECK(flat.at(0).next == 64);
  CHECK_THROWS_WITH(ParseInto(flat, std::string(65, '[') + std::string(65, ']')),
                    "nesting deeper than 64 levels");
}

TEST_CASE("members are found by key, absent keys without comparing", "[io][json]") {
  FlatJson flat;
  ParseInto(flat, R"({"id": "a", "links": ["x"], "n\u0061me": "b"})");
  // 0 {  1 "id"  2 "a"  3 "links"  4 [  5 "x"  6 "name"  7 "b"
  CHECK(flat.FindMember(0, "id") == 2);
  CHECK(flat.FindMember(0, "links") == 4);
  CHECK(flat.FindMember(0, "name") == 7);  // the key as decoded
  CHECK(flat.FindMember(0, "note") == 0);
  CHECK(flat.FindMember(0, "") == 0);
  CHECK((flat.at(0).keys & FlatJson::KeyBit("id")) != 0);
  CHECK((flat.at(0).keys & FlatJson::KeyBit("links")) != 0);
}

TEST_CASE("keys that share a key bit are still told apart", "[io][json]") {
  // Two keys with the same bit, found by search: "ab" and the first other two-letter key
  // that shares it (676 keys over 64 bits: there is one).
  const std::string first = "ab";
  std::string second;
  for (char a = 'a'; a <= 'z' && second.empty(); ++a)
    for (char b = 'a'; b <= 'z' && second.empty(); ++b) {
      const std::string key{a, b};
      if (key != first && FlatJson::KeyBitIndex(key) == FlatJson::KeyBitIndex(first)) second = key;
    }
  REQUIRE_FALSE(second.empty());
  FlatJson flat;
  const std::string text = "{\"" + first + "\": 1, \"" + second + "\": 2}";
  ParseInto(flat, text);
  CHECK(flat.at(flat.FindMember(0, first)).integer == 1);
  CHECK(flat.at(flat.FindMember(0, second)).integer == 2);
  CHECK_THROWS_WITH(
      ParseInto(flat, "{\"" + first + "\": 1, \"" + second + "\": 2, \"" + second + "\": 3}"),
      "duplicate key '" + second + "' in one object");
}

TEST_CASE("a member search from a cursor finds what a search from the first finds", "[io][json]") {
  FlatJson flat;
  ParseInto(flat, R"({"id": "a", "links": ["x", "y"], "o": {"id": 2}, "name": "b"})");
  // 0 {  1 "id"  2 "a"  3 "links"  4 [  5 "x"  6 "y"  7 "o"  8 {  9 "id"  10 2
  // 11 "name"  12 "b"
  std::uint32_t cursor = 0;
  CHECK(flat.FindMember(0, "id", cursor) == 2);
  CHECK(cursor == 3);  // the next member's key
  CHECK(flat.FindMember(0, "links", cursor) == 4);
  CHECK(cursor == 7);  // past the array's contents
  CHECK(flat.FindMember(0, "name", cursor) == 12);
  CHECK(cursor == 13);  // the end of the object
  // Asked out of order: from the cursor to the end, then from the first member.
  CHECK(flat.FindMember(0, "o", cursor) == 8);
  CHECK(cursor == 11);
  CHECK(flat.FindMember(0, "id", cursor) == 2);  // before the cursor: found from the first
  CHECK(cursor == 3);
  // An absent key, or one absent from this object only, leaves the cursor where it was.
  CHECK(flat.FindMember(0, "note", cursor) == 0);
  CHECK(flat.FindMember(0, "zh", cursor) == 0);
  CHECK(cursor == 3);
  // The nested object's "id" is its own, with a cursor of its own.
  std::uint32_t inner = 0;
  CHECK(flat.FindMember(8, "id", inner) == 10);
  CHECK(inner == 11);
  // Every order of asking gives the answers of a search from the first member.
  std::vector<std::string> keys = {"id", "links", "o", "name", "absent"};
  std::sort(keys.begin(), keys.end());
  do {
    std::uint32_t from = 0;
    for (const std::string& key : keys)
      CHECK(flat.FindMember(0, key, from) == flat.FindMember(0, key));
  } while (std::next_permutation(keys.begin(), keys.end()));
}
