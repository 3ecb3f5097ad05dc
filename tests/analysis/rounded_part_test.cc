#include "src/analysis/rounded_part.h"

#include <catch2/catch.hpp>
#include <cmath>

namespace chainmap {
namespace {

TEST_CASE("a rounded part is Round2 of weight times share, kept per share") {
  RoundedPart part(12);
  CHECK(part(0.5) == 6.0);
  CHECK(part(1.0 / 3) == 4.0);  // 3.9999… → 4
  CHECK(part(0.123) == 1.48);   // 1.476
  CHECK(part(0.5) == 6.0);      // met before: the kept value
  CHECK(part(0.0) == 0.0);
  CHECK(part(-0.0004) == 0.0);  // -0.0048 → +0
  CHECK_FALSE(std::signbit(part(-0.0004)));
  // Many shares (more than the slots): each still gives Round2's value.
  for (int i = 0; i < 2000; ++i) {
    const double share = i / 1999.0;
    CHECK(part(share) == Round2(12 * share));
  }
}

}  // namespace
}  // namespace chainmap
