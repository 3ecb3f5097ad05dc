#include "src/io/link_reference_table.h"

#include <catch2/catch.hpp>

#include <string>

using namespace chainmap;

TEST_CASE("link references are found by their text", "[io][zone]") {
  LinkReferenceTable table;
  CHECK_FALSE(table.Find("steel/wire-rod"));  // empty
  CHECK(table.Add("steel/wire-rod", LinkKey{0, 3}));
  CHECK(table.Add("steel/ore", LinkKey{0, 0}));
  CHECK(table.Add("c12/l117", LinkKey{12, 117}));
  CHECK(table.Find("steel/wire-rod") == LinkKey{0, 3});
  CHECK(table.Find("steel/ore") == LinkKey{0, 0});
  CHECK(table.Find("c12/l117") == LinkKey{12, 117});
  CHECK_FALSE(table.Find("steel/wire"));       // a prefix
  CHECK_FALSE(table.Find("steel/wire-rods"));  // longer
  CHECK_FALSE(table.Find("c12/l11"));
  CHECK_FALSE(table.Find(""));
  CHECK(table.size() == 3);
}

TEST_CASE("the first of a repeated link reference is kept", "[io][zone]") {
  LinkReferenceTable table;
  CHECK(table.Add("a/b", LinkKey{1, 2}));
  CHECK_FALSE(table.Add("a/b", LinkKey{3, 4}));
  CHECK(table.Find("a/b") == LinkKey{1, 2});
  CHECK(table.size() == 1);
}

TEST_CASE("references of 15 bytes are held in the slot, longer ones beside it", "[io][zone]") {
  LinkReferenceTable table;
  const std::string fifteen = "abcdefg/hijklmn";   // 15 bytes: in the slot
  const std::string sixteen = "abcdefg/hijklmno";  // 16: beside it
  const std::string long_one = "hydrogen/electrolyser-stacks";
  REQUIRE(fifteen.size() == 15);
  REQUIRE(sixteen.size() == 16);
  CHECK(table.Add(fifteen, LinkKey{1, 15}));
  CHECK(table.Add(sixteen, LinkKey{2, 16}));
  CHECK(table.Add(long_one, LinkKey{3, 28}));
  CHECK_FALSE(table.Add(long_one, LinkKey{9, 9}));
  CHECK(table.Find(fifteen) == LinkKey{1, 15});
  CHECK(table.Find(sixteen) == LinkKey{2, 16});
  CHECK(table.Find(long_one) == LinkKey{3, 28});
  CHECK_FALSE(table.Find("abcdefg/hijklmnp"));  // 16 bytes, another last byte
  CHECK_FALSE(table.Find("hydrogen/electrolyser-stack"));
}

TEST_CASE("a table of ten thousand references finds each after growing", "[io][zone]") {
  // 50 chains of 200 links, as a large zone's chains: the table grows from 16 slots.
  LinkReferenceTable table;
  for (std::size_t c = 0; c < 50; ++c)
    for (std::size_t l = 0; l < 200; ++l)
      REQUIRE(table.Add("c" + std::to_string(c) + "/l" + std::to_string(l), LinkKey{c, l}));
  CHECK(table.size() == 10000);
  for (std::size_t c = 0; c < 50; ++c)
    for (std::size_t l = 0; l < 200; ++l)
      REQUIRE(table.Find("c" + std::to_string(c) + "/l" + std::to_string(l)) == LinkKey{c, l});
  CHECK_FALSE(table.Find("c50/l0"));
  CHECK_FALSE(table.Find("c0/l200"));
  CHECK_FALSE(table.Find("c0l1"));
}

TEST_CASE("the reference hash depends on every byte and the length", "[io][zone]") {
  CHECK(LinkReferenceTable::Hash("c1/l1") != LinkReferenceTable::Hash("c1/l2"));
  CHECK(LinkReferenceTable::Hash("abcdefgh1") != LinkReferenceTable::Hash("abcdefgh2"));
  CHECK(LinkReferenceTable::Hash(std::string_view("a\0", 2)) != LinkReferenceTable::Hash("a"));
}
