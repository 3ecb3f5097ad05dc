#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace chainmap {

/// The one writer of a zone directory. Every command that writes a zone (fmt, import,
/// extract) holds this lock from loading the zone to renaming its files into place, so
/// that two writers never interleave and no write is lost. The lock is an advisory
/// flock(2) on ZONE/.chainmap.lock, released when the holder exits, however it exits;
/// the file names the holder ("chainmap import, pid 4242, since 2024-06-30T10:00:00Z").
class ZoneLock {
 public:
  /// Takes the lock for `command`, waiting up to `wait` for another holder to finish.
  /// Throws InputError (exit 2) naming the holder when it is still held after `wait`, or
  /// when the lock file cannot be created.
  ZoneLock(const std::filesystem::path& zone_dir, const std::string& command,
           std::chrono::milliseconds wait);
  ~ZoneLock();
  ZoneLock(const ZoneLock&) = delete;
  ZoneLock& operator=(const ZoneLock&) = delete;

  /// The lock file's name inside a zone directory.
  static constexpr const char* kFileName = ".chainmap.lock";

 private:
  int fd_ = -1;
};

/// How long a writer waits for the lock by default before refusing.
inline constexpr std::chrono::milliseconds kDefaultZoneLockWait{10'000};

}  // namespace chainmap
