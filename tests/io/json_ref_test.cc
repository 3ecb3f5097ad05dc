#include "src/io/json_ref.h"

#include <cstdint>

#include <catch2/catch.hpp>

#include "src/io/json_parser.h"

using namespace chainmap;

namespace {

const std::string kText =
    R"({"id": "a-1", "n": 1.50, "big": 18446744073709551615, "neg": -3, "e": 1e2,)"
    R"( "ok": false, "no": null, "tags": ["x", "y\"z", "w"], "o": {"k": [], "j": {}}})";

/// What both views of kText answer, in one string.
std::string Read(JsonRef root) {
  std::string out = DescribeJsonType(root) + " of " + std::to_string(root.size()) + ";";
  root.ForEachMember([&](std::string_view key, JsonRef value) {
    out += " ";
    out += key;
    out += "=" + DescribeJsonType(value);
  });
  out += "; id " + std::string(root.Find("id").string());
  out += "; n " + std::to_string(root.Find("n").number()) + " " + root.Find("n").Dump();
  out += "; big " + std::to_string(root.Find("big").is_number_integer());
  out += "; neg " + std::to_string(root.Find("neg").integer());
  out += "; ok " + std::to_string(root.Find("ok").boolean());
  out += "; tags";
  for (const JsonRef tag : root.Find("tags").elements()) out += " " + std::string(tag.string());
  out += "; tags[1] " + std::string(root.Find("tags")[1].string());
  out += "; o.k " + std::to_string(root.Find("o").Find("k").empty());
  out += "; absent " + std::to_string(static_cast<bool>(root.Find("absent")));
  out += "; in a string " + std::to_string(static_cast<bool>(root.Find("id").Find("x")));
  return out;
}

}  // namespace

TEST_CASE("a flat value and a tree read the same through JsonRef", "[io][json]") {
  const JsonRef::Tree tree = JsonParser(kText).ParseValue(0);
  FlatJson flat;
  flat.Reset(kText);
  JsonParser(kText).ParseFlat(flat, 0);
  const std::string expected =
      "an object of 9; id=a string n=a number big=a number neg=a number e=a number "
      "ok=a boolean no=null tags=an array o=an object; id a-1; n 1.500000 1.5; big 1; "
      "neg -3; ok 0; tags x y\"z w; tags[1] y\"z; o.k 1; absent 0; in a string 0";
  CHECK(Read(JsonRef(&tree)) == expected);
  CHECK(Read(JsonRef(&flat, 0)) == expected);
  // As a tree again: what the tree parse built.
  CHECK(JsonRef(&flat, 0).ToTree() == tree);
  CHECK(JsonRef(&flat, 0).ToTree().dump() == tree.dump());
}

TEST_CASE("a flat number keeps the text it was written as", "[io][json]") {
  FlatJson flat;
  flat.Reset(kText);
  JsonParser(kText).ParseFlat(flat, 0);
  const JsonRef root(&flat, 0);
  CHECK(root.Find("e").NumberText() == "1e2");
  CHECK(root.Find("n").NumberText() == "1.50");
  CHECK(root.Find("neg").NumberText() == "-3");
  CHECK(root.Find("id").NumberText().empty());
  CHECK(root.Find("e").Dump() == "100.0");
}

TEST_CASE("FindFrom finds what Find finds, in any order, in a flat value and a tree",
          "[io][json]") {
  const JsonRef::Tree tree = JsonParser(kText).ParseValue(0);
  FlatJson flat;
  flat.Reset(kText);
  JsonParser(kText).ParseFlat(flat, 0);
  for (const JsonRef root : {JsonRef(&tree), JsonRef(&flat, 0)}) {
    std::uint32_t cursor = 0;
    // In text order, then backwards, then an absent key and one of a nested object.
    for (const char* key : {"id", "n", "big", "neg", "e", "ok", "no", "tags", "o", "o", "tags", "e",
                            "id", "absent", "k"}) {
      INFO(key);
      const JsonRef found = root.FindFrom(key, cursor);
      const JsonRef expected = root.Find(key);
      REQUIRE(static_cast<bool>(found) == static_cast<bool>(expected));
      if (found) CHECK(found.ToTree() == expected.ToTree());
    }
    CHECK(root.FindFrom("id", cursor).string() == "a-1");
    CHECK(root.FindFrom("tags", cursor).size() == 3);
    std::uint32_t in_string = 0;
    CHECK_FALSE(root.Find("id").FindFrom("x", in_string));  // not an object
  }
}
