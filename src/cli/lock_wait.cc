#include "src/cli/lock_wait.h"

#include <charconv>

#include "src/io/zone_lock.h"

namespace chainmap {

std::chrono::milliseconds LockWait(const std::string& command, const Args& args) {
  const auto value = args.Value("--wait");
  if (!value) return kDefaultZoneLockWait;
  double seconds = -1;
  const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), seconds);
  if (error != std::errc() || end != value->data() + value->size() || seconds < 0 || seconds > 3600)
    throw UsageError("chainmap " + command +
                     ": --wait takes a number of seconds from 0 to 3600, not '" + *value + "'");
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

}  // namespace chainmap
