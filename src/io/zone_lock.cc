#include "src/io/zone_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <thread>

#include "src/io/diagnostic.h"

namespace chainmap {
namespace {

std::string ReadHolder(int fd) {
  std::string text(512, '\0');
  const ssize_t n = pread(fd, text.data(), text.size(), 0);
  text.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\0')) text.pop_back();
  return text.empty() ? "another chainmap process" : text;
}

std::string NowUtc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

}  // namespace

ZoneLock::ZoneLock(const std::filesystem::path& zone_dir, const std::string& command,
                   std::chrono::milliseconds wait) {
  const std::filesystem::path path = zone_dir / kFileName;
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw InputError(path.string(),
                     std::string("cannot create the zone's lock file: ") + std::strerror(errno));
  const auto deadline = std::chrono::steady_clock::now() + wait;
  auto pause = std::chrono::milliseconds(5);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int error = errno;
      ::close(fd_);
      throw InputError(path.string(), std::string("cannot lock the zone: ") + std::strerror(error));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      const std::string holder = ReadHolder(fd_);
      ::close(fd_);
      throw InputError(zone_dir.string(),
                       "the zone is being written by " + holder +
                           "; try again when it has finished (or wait longer with --wait SECONDS)");
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
  const std::string holder =
      "chainmap " + command + ", pid " + std::to_string(::getpid()) + ", since " + NowUtc() + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t written = ::pwrite(fd_, holder.data(), holder.size(), 0);
  }
}

ZoneLock::~ZoneLock() {
  if (fd_ >= 0) {
    [[maybe_unused]] const int truncated = ::ftruncate(fd_, 0);
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

}  // namespace chainmap
