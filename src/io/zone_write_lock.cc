#include "src/io/zone_write_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "src/io/diagnostic.h"

namespace chainmap {

ZoneWriteLock::ZoneWriteLock(const std::filesystem::path& zone_dir, const std::string& command) {
  const std::filesystem::path file = zone_dir / ".chainmap.lock";
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw InputError(file.string(),
                     "cannot create the zone's lock file; is the directory writable?");
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd_);
    fd_ = -1;
    throw InputError(zone_dir.string(),
                     "another chainmap command is writing this zone; try again when it is done");
  }
  const std::string holder = command + ", pid " + std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t n = ::write(fd_, holder.data(), holder.size());
  }
}

ZoneWriteLock::~ZoneWriteLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace chainmap
