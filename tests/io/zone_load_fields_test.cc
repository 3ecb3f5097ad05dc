#include "src/io/zone_load_fields.h"

#include <catch2/catch.hpp>

#include "src/io/zone_load_messages.h"

using namespace chainmap;

TEST_CASE("dates are YYYY, YYYY-MM or YYYY-MM-DD", "[io][loader]") {
  CHECK(IsValidDate("2024"));
  CHECK(IsValidDate("2024-06"));
  CHECK(IsValidDate("2024-06-30"));
  CHECK_FALSE(IsValidDate("2024-13"));
  CHECK_FALSE(IsValidDate("2024-00"));
  CHECK_FALSE(IsValidDate("2024-06-32"));
  CHECK_FALSE(IsValidDate("24-06"));
  CHECK_FALSE(IsValidDate("2024/06"));
  CHECK_FALSE(IsValidDate(""));
}

TEST_CASE("industry codes are a section letter and 2 to 4 digits", "[io][loader]") {
  CHECK(IsValidIndustryCode("C31"));
  CHECK(IsValidIndustryCode("C3130"));
  CHECK_FALSE(IsValidIndustryCode("C3"));
  CHECK_FALSE(IsValidIndustryCode("C31301"));
  CHECK_FALSE(IsValidIndustryCode("U3130"));
  CHECK_FALSE(IsValidIndustryCode("c3130"));
}

TEST_CASE("each kind of loader error has one wording", "[io][loader]") {
  CHECK(DuplicateIdMessage("link", "ore", "z/steel.json:5:14") ==
        "duplicate link id 'ore' (first at z/steel.json:5:14)");
  CHECK(UnknownChainMessage("stel", {"steel", "nev"}) ==
        "unknown chain 'stel' (did you mean 'steel'?)");
  CHECK(UnknownChainMessage("stel", {"steel"}, "stel/ore") ==
        "unknown chain 'stel' in 'stel/ore' (did you mean 'steel'?)");
  CHECK(NotAZoneDirectoryMessage("") ==
        "file not found: is '.' a zone directory? (see docs/format.md)");
}
