#include "src/analysis/parallel_parts.h"

#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace chainmap {

std::size_t PartCount(std::size_t threads, std::size_t items, std::size_t min_items_per_part) {
  if (threads == 0) {
    const std::size_t hardware = std::max<std::size_t>(1, std::thread::hardware_concurrency());
    threads =
        std::min({hardware, kMaxAnalysisThreads,
                  std::max<std::size_t>(1, items / std::max<std::size_t>(1, min_items_per_part))});
  }
  return std::max<std::size_t>(1, std::min(threads, items));
}

PartRange RangeOfPart(std::size_t items, std::size_t parts, std::size_t part) {
  const std::size_t size = items / parts, more = items % parts;
  const std::size_t begin = part * size + std::min(part, more);
  return {begin, begin + size + (part < more ? 1 : 0)};
}

void RunParts(std::size_t parts, const std::function<void(std::size_t part)>& run) {
  std::vector<std::exception_ptr> failed(parts);
  auto guarded = [&](std::size_t part) {
    try {
      run(part);
    } catch (...) {
      failed[part] = std::current_exception();
    }
  };
  {
    // Joined on leaving the block, also when starting a thread throws.
    std::vector<std::jthread> threads;
    threads.reserve(parts);
    for (std::size_t part = 1; part < parts; ++part) threads.emplace_back(guarded, part);
    if (parts > 0) guarded(0);
  }
  for (const std::exception_ptr& e : failed)
    if (e) std::rethrow_exception(e);
}

}  // namespace chainmap
