#include "src/io/staged_directory.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "src/io/diagnostic.h"
#include "src/io/output_file.h"

namespace chainmap {
namespace fs = std::filesystem;
namespace {

/// The process id a staging name ends in (".out.partial-123"), or -1.
long OwnerOf(const std::string& name, const std::string& prefix) {
  if (name.compare(0, prefix.size(), prefix) != 0 || name.size() == prefix.size()) return -1;
  const std::string digits = name.substr(prefix.size());
  if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stol(digits);
}

/// Whether `dir` may be replaced: it is empty or an earlier run made it.
bool Replaceable(const fs::path& dir, const std::string& marker) {
  std::error_code ec;
  return fs::is_empty(dir, ec) || fs::exists(dir / marker, ec);
}

/// `dir` made absolute, without "." or ".." or a trailing slash, a final symbolic link
/// followed. InputError for a link to nothing.
fs::path Resolve(const fs::path& dir) {
  std::error_code ec;
  fs::path path = fs::absolute(dir, ec).lexically_normal();
  while (!path.has_filename() && path.has_relative_path()) path = path.parent_path();
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    fs::path real = fs::canonical(path, ec);
    if (ec)
      throw InputError(dir.string(), "is a symbolic link to '" +
                                         fs::read_symlink(path, ec).string() +
                                         "', which does not exist: create that directory, or "
                                         "choose another -o");
    return real;
  }
  return fs::weakly_canonical(path, ec);
}

}  // namespace

void RemoveStaleStaging(const fs::path& target) {
  const std::string name = target.filename().string();
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    const std::string file = entry.path().filename().string();
    long owner = OwnerOf(file, "." + name + ".partial-");
    if (owner < 0) owner = OwnerOf(file, "." + name + ".old-");
    if (owner < 0) continue;
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) continue;
    // Locked: a run (or its workers) still writes it. Free but its process alive: a run
    // that has made it and is about to lock it.
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && (owner == ::getpid() || !ProcessRunning(owner))) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
    ::close(fd);
  }
}

StagedDirectory::StagedDirectory(const fs::path& dir, std::string marker)
    : target_(Resolve(dir)), marker_(std::move(marker)) {
  std::error_code ec;
  const fs::path here = fs::current_path(ec);
  if (!ec && std::mismatch(target_.begin(), target_.end(), here.begin(), here.end()).first ==
                 target_.end())
    throw InputError(dir.string(),
                     "is the current directory or holds it: the output directory is replaced "
                     "whole, so name one below it (e.g. -o out)");
  if (fs::exists(target_, ec)) {
    if (!fs::is_directory(target_, ec))
      throw InputError(dir.string(), "exists and is not a directory: choose another -o");
    if (!Replaceable(target_, marker_))
      throw InputError(dir.string(),
                       "exists and was not made by chainmap build: choose another -o, or empty it");
  }
  const fs::path parent = target_.parent_path();
  CreateDirectories(parent);
  RemoveStaleStaging(target_);
  staging_ =
      parent / ("." + target_.filename().string() + ".partial-" + std::to_string(::getpid()));
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec) || ec)
    throw WriteError(staging_, "create the staging directory",
                     ec ? ec.value() : static_cast<int>(std::errc::file_exists));
  lock_fd_ = ::open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock_fd_ < 0 || ::flock(lock_fd_, LOCK_EX) != 0) {
    const int error = errno;
    fs::remove_all(staging_, ec);
    throw WriteError(staging_, "lock the staging directory", error);
  }
}

StagedDirectory::~StagedDirectory() {
  std::error_code ignored;
  if (!published_) fs::remove_all(staging_, ignored);
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

void StagedDirectory::Publish() {
  // Each try either moves the staging directory in, or swaps it with DIR; DIR vanishing
  // between the two (another run's old rename) makes another try.
  for (int attempt = 0; attempt < 100; ++attempt) {
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_NOREPLACE) == 0) {
      published_ = true;
      return;
    }
    if (errno != EEXIST && errno != ENOTEMPTY) break;
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0) {
      // The staging name now holds what DIR held: an earlier output, removed.
      if (!Replaceable(staging_, marker_)) {
        ::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE);
        throw InputError(target_.string(),
                         "was changed while the build ran and is no longer a chainmap build: "
                         "choose another -o, or empty it");
      }
      published_ = true;
      std::error_code ignored;
      fs::remove_all(staging_, ignored);
      return;
    }
    if (errno != ENOENT) break;
  }
  throw WriteError(target_, "move the new output into place", errno);
}

}  // namespace chainmap
