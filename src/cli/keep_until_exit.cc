#include "src/cli/keep_until_exit.h"

#include <mutex>
#include <vector>

namespace chainmap {

void KeepPointerUntilExit(const void* pointer) {
  // Never destroyed: what it points to stays reachable through a static to the very end,
  // after the static destructors, when leak checkers look.
  static auto* const kept = new std::vector<const void*>();
  static std::mutex mutex;
  const std::lock_guard<std::mutex> lock(mutex);
  kept->push_back(pointer);
}

}  // namespace chainmap
