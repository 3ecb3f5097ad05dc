#include "src/io/zone_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "src/io/diagnostic.h"

namespace chainmap {

ZoneLock::ZoneLock(const std::filesystem::path& zone_dir, const std::string& command,
                   std::chrono::milliseconds wait) {
  // The lock is on the zone's directory itself, so that a zone holds no lock file: a
  // command refused for bad input leaves the directory exactly as it was.
  (void)command;
  fd_ = ::open(zone_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0)
    throw InputError(
        zone_dir.string(),
        std::string("cannot open the zone's directory to lock it: ") + std::strerror(errno));
  const auto deadline = std::chrono::steady_clock::now() + wait;
  auto pause = std::chrono::milliseconds(5);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int error = errno;
      ::close(fd_);
      throw InputError(zone_dir.string(),
                       std::string("cannot lock the zone: ") + std::strerror(error));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      throw InputError(zone_dir.string(),
                       "the zone is being written by another chainmap command; try again when "
                       "it has finished (or wait longer with --wait SECONDS)");
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
}

ZoneLock::~ZoneLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

}  // namespace chainmap
