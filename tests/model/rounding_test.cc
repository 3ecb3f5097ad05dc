#include "src/model/rounding.h"

#include <catch2/catch.hpp>
#include <cmath>

namespace chainmap {
namespace {

TEST_CASE("Round2 rounds the hundredths half away from zero, as std::round does") {
  CHECK(Round2(0.125) == 0.13);    // × 100 = 12.5 exactly
  CHECK(Round2(-0.125) == -0.13);  // and away from zero below it
  CHECK(Round2(2.675) == 2.68);    // 267.5
  CHECK(Round2(0.005) == 0.01);    // 0.5
  // 38.495 and 1.005 are stored a little below: × 100 gives 3849.4999999999995 and
  // 100.49999999999999, which round down.
  CHECK(Round2(38.495) == 38.49);
  CHECK(Round2(1.005) == 1.0);
  CHECK(Round2(-7) == -7.0);
  // Beyond 2^52 / 100 every double is whole in hundredths: left as it is.
  CHECK(Round2(1e15) == 1e15);
  CHECK(std::isinf(Round2(HUGE_VAL)));
  CHECK(std::isnan(Round2(std::nan(""))));
}

TEST_CASE("a score rounded to zero is +0, never -0") {
  CHECK(Round2(-0.0049) == 0.0);  // × 100 = -0.49
  CHECK_FALSE(std::signbit(Round2(-0.0049)));
  CHECK_FALSE(std::signbit(Round2(-0.0)));
  CHECK_FALSE(std::signbit(Round4(-0.00004)));
}

TEST_CASE("Round4 rounds the ten-thousandths half away from zero") {
  CHECK(Round4(0.00005) == 0.0001);  // × 10 000 = 0.5
  CHECK(Round4(-0.00005) == -0.0001);
  CHECK(Round4(0.12344) == 0.1234);
  CHECK(Round4(0.5) == 0.5);
}

}  // namespace
}  // namespace chainmap
