#include "src/model/uscc.h"

#include <catch2/catch.hpp>

using chainmap::UsccCheckCharacter;
using chainmap::UsccProblem;

TEST_CASE("a published USCC passes its GB 32100-2015 check", "[uscc]") {
  // 小米科技有限责任公司, as printed on its business licence.
  CHECK(UsccProblem("91110108551385082Q").empty());
  CHECK(UsccCheckCharacter("91110108551385082") == 'Q');
}

TEST_CASE("the check character is computed mod 31 with weights 3^i mod 31", "[uscc]") {
  // All zeros: sum 0, check (31 - 0) mod 31 = 0.
  CHECK(UsccCheckCharacter("00000000000000000") == '0');
  // One '1' in the first place (weight 1): 31 - 1 = 30 → 'Y', the last character.
  CHECK(UsccCheckCharacter("10000000000000000") == 'Y');
  // 'A' (value 10) in the second place (weight 3): 31 - 30 = 1.
  CHECK(UsccCheckCharacter("0A000000000000000") == '1');
}

TEST_CASE("USCC problems are said plainly", "[uscc]") {
  CHECK(UsccProblem("9111010855138508") == "must have 18 characters, has 16");
  CHECK(UsccProblem("91110108551385082I") ==
        "character 18 'I' is not allowed (use 0-9 and upper-case A-Y without I, O, Z, S, "
        "V)");
  CHECK(UsccProblem("91110108551385082R") ==
        "check character is 'R', expected 'Q' (a character was mistyped)");
  CHECK(UsccProblem("9111010855138508 Q").substr(0, 15) == "character 17 ' ");
  CHECK(UsccCheckCharacter("too short") == '\0');
}
