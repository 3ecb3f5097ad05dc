#pragma once

#include <cstddef>
#include <functional>

namespace chainmap {

/// The most threads an analysis uses when left to choose: its passes are bound by memory,
/// and more threads than that wait on it rather than work.
inline constexpr std::size_t kMaxAnalysisThreads = 4;

/// How many contiguous parts to split `items` into. `threads` 0 chooses: the machine's
/// hardware threads (at most kMaxAnalysisThreads), but one part per `min_items_per_part`
/// items at most, so that a small zone stays on one thread (starting one costs more than
/// it saves there). Any other `threads` is taken as given, capped at `items` (at least 1).
std::size_t PartCount(std::size_t threads, std::size_t items, std::size_t min_items_per_part);

/// The half-open range of items of part `part` of `parts` contiguous parts of `items`, in
/// order: the first `items % parts` parts take one item more.
struct PartRange {
  std::size_t begin = 0, end = 0;
};
PartRange RangeOfPart(std::size_t items, std::size_t parts, std::size_t part);

/// Runs run(0) … run(parts - 1) at once: part 0 on the calling thread, each other part on a
/// thread of its own; returns when all have finished. The threads are always joined. When a
/// part throws, the exception of the lowest such part is rethrown here once all are done.
void RunParts(std::size_t parts, const std::function<void(std::size_t part)>& run);

}  // namespace chainmap
