#include "src/io/zone_write_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "src/io/diagnostic.h"

namespace chainmap {

ZoneWriteLock::ZoneWriteLock(const std::filesystem::path& zone_dir, const std::string& command) {
  // Locks the zone's directory itself (as ZoneLock does), so no lock file is left behind.
  (void)command;
  fd_ = ::open(zone_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) throw InputError(zone_dir.string(), "cannot open the zone's directory to lock it");
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd_);
    fd_ = -1;
    throw InputError(zone_dir.string(),
                     "another chainmap command is writing this zone; try again when it is done");
  }
}

ZoneWriteLock::~ZoneWriteLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace chainmap
