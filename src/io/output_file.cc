#include "src/io/output_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace chainmap {
namespace {

/// What to do about the common reasons an output cannot be written.
std::string Hint(int error) {
  switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      return " (free some space there, or write the output elsewhere)";
    case EACCES:
    case EPERM:
    case EROFS:
      return " (choose an output you may write to)";
    default:
      return "";
  }
}

}  // namespace

WriteError::WriteError(const std::filesystem::path& path, const std::string& action, int error)
    : std::runtime_error(path.string() + ": cannot " + action + ": " + std::strerror(error) +
                         Hint(error)) {}

void WriteWholeFile(const std::filesystem::path& path, const std::string& content,
                    const std::filesystem::path& shown) {
  const std::filesystem::path& name = shown.empty() ? path : shown;
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw WriteError(name, "write", errno);
  for (std::size_t done = 0; done < content.size();) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : ENOSPC;  // write(2) returning 0 for a regular file
      ::close(fd);
      throw WriteError(name, "write", error);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) throw WriteError(name, "write", errno);
}

void CreateDirectories(const std::filesystem::path& dir, const std::filesystem::path& shown) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (!ec && !std::filesystem::is_directory(dir, ec))
    ec = std::make_error_code(std::errc::not_a_directory);
  if (ec) throw WriteError(shown.empty() ? dir : shown, "create the directory", ec.value());
}

bool ProcessRunning(long pid) {
  return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

}  // namespace chainmap
