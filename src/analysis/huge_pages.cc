#include "src/analysis/huge_pages.h"

#include <sys/mman.h>

namespace chainmap {

HugePageSpan HugePagesWithin(std::uintptr_t begin, std::size_t bytes) {
  const std::uintptr_t first = (begin + kHugePage - 1) / kHugePage * kHugePage;
  const std::uintptr_t last = (begin + bytes) / kHugePage * kHugePage;
  if (first < begin || last <= first) return {};  // wrapped around, or no whole page
  return {first, last - first};
}

void AdviseHugePages(void* begin, std::size_t bytes) {
  const auto address = reinterpret_cast<std::uintptr_t>(begin);
  const HugePageSpan span = HugePagesWithin(address, bytes);
  if (span.bytes > 0)  // a hint: its result changes nothing but the time
    ::madvise(static_cast<char*>(begin) + (span.begin - address), span.bytes, MADV_HUGEPAGE);
}

}  // namespace chainmap
