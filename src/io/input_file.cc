#include "src/io/input_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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

/// An open regular file and its size; nullopt if it does not exist. The checks and
/// messages of ReadFileIfExists.
std::optional<std::pair<std::shared_ptr<FileDescriptor>, std::size_t>> OpenRegularFile(
    const fs::path& path) {
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
  auto file = std::make_shared<FileDescriptor>(fd);
  struct stat info {};
  if (::fstat(fd, &info) != 0) Refuse(path, std::string("cannot be read: ") + std::strerror(errno));
  if (!S_ISREG(info.st_mode)) {
    if (S_ISDIR(info.st_mode)) Refuse(path, "is a directory, expected a file");
    Refuse(path, "is " + KindOf(info.st_mode) +
                     ", not a regular file: chainmap reads only regular files");
  }
  return std::make_pair(std::move(file), static_cast<std::size_t>(info.st_size));
}

/// Reads the rest of an open file, `size` bytes expected.
std::string ReadAll(const fs::path& path, int fd, std::size_t size) {
  // Back to blocking reads (O_NONBLOCK has no effect on regular files, but be plain).
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::string text;
  text.resize(size + 1);  // + 1: the read that sees the end
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

}  // namespace

std::optional<std::string> ReadFileIfExists(const fs::path& path) {
  auto file = OpenRegularFile(path);
  if (!file) return std::nullopt;
  return ReadAll(path, file->first->get(), file->second);
}

InputText::~InputText() {
  if (mapped_) ::munmap(const_cast<char*>(view_.data()), view_.size());
}

void InputText::Release(std::size_t offset) const {
  if (!mapped_) return;
  static const auto kPage = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t end = std::min(offset, view_.size()) / kPage * kPage;
  if (end <= released_) return;
  // The mapping starts on a page; MADV_DONTNEED drops these pages from the process, and
  // a read-only private mapping reads them again from the file if touched.
  ::madvise(const_cast<char*>(view_.data()) + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

void InputText::ReleaseAll() const {
  if (!mapped_) return;
  ::madvise(const_cast<char*>(view_.data()), view_.size(), MADV_DONTNEED);
  released_ = 0;
}

std::shared_ptr<const InputText> InputText::MapFileIfExists(const fs::path& path,
                                                            std::size_t map_from) {
  auto file = OpenRegularFile(path);
  if (!file) return nullptr;
  const auto [fd, size] = std::move(*file);
  if (size > 0 && size >= map_from) {
    void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd->get(), 0);
    if (mapped != MAP_FAILED) {
      ::madvise(mapped, size, MADV_SEQUENTIAL);
      return std::make_shared<const InputText>(Mapped{}, static_cast<const char*>(mapped), size);
    }  // else read it as a small file is read
  }
  return std::make_shared<const InputText>(ReadAll(path, fd->get(), size));
}

}  // namespace chainmap
