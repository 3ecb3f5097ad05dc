#pragma once

#include <filesystem>
#include <string>

namespace chainmap {

/// The one writer of a zone directory while extract --apply loads, edits and saves it: an
/// advisory flock(2) on the zone directory (as ZoneLock does), taken
/// without waiting and released when the holder exits. Throws InputError (exit 2) when
/// another chainmap holds it.
class ZoneWriteLock {
 public:
  ZoneWriteLock(const std::filesystem::path& zone_dir, const std::string& command);
  ~ZoneWriteLock();
  ZoneWriteLock(const ZoneWriteLock&) = delete;
  ZoneWriteLock& operator=(const ZoneWriteLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace chainmap
