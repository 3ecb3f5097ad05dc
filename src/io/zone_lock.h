#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace chainmap {

/// The one writer of a zone directory. Every command that writes a zone (fmt, import,
/// extract) holds this lock from loading the zone to renaming its files into place, so
/// that two writers never interleave and no write is lost. The lock is an advisory
/// flock(2) on the zone's directory itself, released when the holder exits, however it
/// exits; no lock file is left in the zone.
class ZoneLock {
 public:
  /// Takes the lock for `command`, waiting up to `wait` for another holder to finish.
  /// Throws InputError (exit 2) when it is still held after `wait`, or when the directory
  /// cannot be opened.
  ZoneLock(const std::filesystem::path& zone_dir, const std::string& command,
           std::chrono::milliseconds wait);
  ~ZoneLock();
  ZoneLock(const ZoneLock&) = delete;
  ZoneLock& operator=(const ZoneLock&) = delete;

 private:
  int fd_ = -1;
};

/// How long a writer waits for the lock by default before refusing.
inline constexpr std::chrono::milliseconds kDefaultZoneLockWait{10'000};

}  // namespace chainmap
