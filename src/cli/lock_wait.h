#pragma once

#include <chrono>
#include <string>

#include "src/cli/args.h"

namespace chainmap {

/// The "--wait SECONDS" option of every command that writes a zone.
inline const OptionSpec kLockWaitOption{"--wait", true, ""};

/// How long to wait for the zone's write lock: --wait SECONDS (0 refuses at once), or
/// kDefaultZoneLockWait. UsageError for anything but a number of seconds 0-3600.
std::chrono::milliseconds LockWait(const Args& args);

}  // namespace chainmap
