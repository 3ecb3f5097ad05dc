#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chainmap {

/// The size of a transparent huge page on x86-64 and arm64 Linux.
inline constexpr std::size_t kHugePage = std::size_t{2} << 20;

/// The whole huge pages inside the block [begin, begin + bytes): from its first 2 MiB
/// boundary to its last; `bytes` 0 when the block holds none.
struct HugePageSpan {
  std::uintptr_t begin = 0;
  std::size_t bytes = 0;
};
HugePageSpan HugePagesWithin(std::uintptr_t begin, std::size_t bytes);

/// Asks the kernel to back the whole huge pages of a block not yet written with
/// transparent huge pages (madvise MADV_HUGEPAGE): the analysis writes a few arrays of tens
/// of megabytes once, and a fault per 4 KiB page of them cost a tenth of its time. A hint:
/// where the kernel declines, nothing changes but the time.
void AdviseHugePages(void* begin, std::size_t bytes);

/// The same for a vector's reserved storage (capacity, not size): call it after reserve()
/// and before the elements are written.
template <typename T>
void AdviseHugePages(std::vector<T>& v) {
  AdviseHugePages(v.data(), v.capacity() * sizeof(T));
}

}  // namespace chainmap
