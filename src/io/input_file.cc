#include "src/io/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include "src/io/diagnostic.h"

namespace chainmap {
namespace {

namespace fs = std::filesystem;

/// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

/// What kind of file `mode` is, in words, for a file that is not a regular file.
std::string KindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

[[noreturn]] void Refuse(const fs::path& path, const std::string& message) {
  throw InputError(path.string(), message);
}

}  // namespace

std::optional<std::string> ReadFileIfExists(const fs::path& path) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked on the
  // open descriptor (fstat), so a file swapped after a check cannot slip through.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT) {
      struct stat link {};
      if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        std::error_code ec;
        const fs::path target = fs::read_symlink(path, ec);
        Refuse(path, "is a symbolic link to '" + target.string() +
                         "', which does not exist: fix or remove the link");
      }
      return std::nullopt;
    }
    if (error == ELOOP)
      Refuse(path, "is a symbolic link that leads back to itself (a loop): fix or remove it");
    if (error == EACCES)
      Refuse(path,
             "cannot be read: permission denied (check the file's and its directories' "
             "permissions)");
    if (error == ENOTDIR) return std::nullopt;
    Refuse(path, std::string("cannot be read: ") + std::strerror(error));
  }
  const FileDescriptor file(fd);
  struct stat info {};
  if (::fstat(fd, &info) != 0) Refuse(path, std::string("cannot be read: ") + std::strerror(errno));
  if (!S_ISREG(info.st_mode)) {
    if (S_ISDIR(info.st_mode)) Refuse(path, "is a directory, expected a file");
    Refuse(path, "is " + KindOf(info.st_mode) +
                     ", not a regular file: chainmap reads only regular files");
  }
  // Back to blocking reads (O_NONBLOCK has no effect on regular files, but be plain).
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::string text;
  text.resize(static_cast<std::size_t>(info.st_size) + 1);  // + 1: the read that sees the end
  std::size_t done = 0;
  while (true) {
    if (done == text.size()) text.resize(text.size() + 65536);  // grew since fstat
    const ssize_t n = ::read(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      Refuse(path, std::string("cannot be read: ") + std::strerror(errno));
    }
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  text.resize(done);
  return text;
}

}  // namespace chainmap
