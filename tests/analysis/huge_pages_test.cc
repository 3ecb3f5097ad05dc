#include "src/analysis/huge_pages.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

constexpr std::uintptr_t kMiB = std::uintptr_t{1} << 20;

TEST_CASE("the whole huge pages of a block run from its first 2 MiB boundary to its last") {
  // A block from 3 MiB to 11.5 MiB holds the pages at 4, 6 and 8 MiB: 6 MiB from 4 MiB.
  const HugePageSpan inside = HugePagesWithin(3 * kMiB, 8 * kMiB + kMiB / 2);
  CHECK(inside.begin == 4 * kMiB);
  CHECK(inside.bytes == 6 * kMiB);
  // Aligned at both ends: all of it.
  const HugePageSpan whole = HugePagesWithin(2 * kMiB, 4 * kMiB);
  CHECK(whole.begin == 2 * kMiB);
  CHECK(whole.bytes == 4 * kMiB);
}

TEST_CASE("a block without a whole huge page gets no advice") {
  // 3 MiB from 1 MiB ends at 4 MiB: the page at 2 MiB is whole; 2 MiB from 1.5 MiB end
  // at 3.5 MiB, and no page is.
  CHECK(HugePagesWithin(1 * kMiB, 3 * kMiB).bytes == 2 * kMiB);
  CHECK(HugePagesWithin(kMiB + kMiB / 2, 2 * kMiB).bytes == 0);
  CHECK(HugePagesWithin(5 * kMiB, 0).bytes == 0);
  CHECK(HugePagesWithin(5 * kMiB, kMiB).bytes == 0);
}

TEST_CASE("advising a vector's storage leaves its contents alone") {
  std::vector<int> v;
  v.reserve(3 * kMiB);  // 12 MiB: whole huge pages inside, whatever malloc returns
  AdviseHugePages(v);
  v.assign(3 * kMiB, 7);
  CHECK(v.front() == 7);
  CHECK(v.back() == 7);
  std::vector<int> empty;
  AdviseHugePages(empty);  // no storage: nothing to advise
  CHECK(empty.empty());
}

}  // namespace
}  // namespace chainmap
