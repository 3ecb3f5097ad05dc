#include "src/cli/lock_wait.h"

#include <charconv>

#include "src/io/zone_lock.h"

namespace chainmap {

std::chrono::milliseconds LockWait(const Args& args) {
  if (!args.Value("--wait")) return kDefaultZoneLockWait;
  const double seconds = args.Decimal("--wait", 0, 0, 3600);
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

}  // namespace chainmap
