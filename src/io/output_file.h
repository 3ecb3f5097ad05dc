#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace chainmap {

/// An output that could not be written: the disk is full, the directory is read-only, …
/// Not bad input and not a bug: the command line prints the message, which names the
/// path and carries the system's reason ("No space left on device"), and exits with
/// code 3 (docs/cli.md).
class WriteError : public std::runtime_error {
 public:
  /// "PATH: cannot ACTION: REASON" with a hint for the common reasons; `error` is errno.
  WriteError(const std::filesystem::path& path, const std::string& action, int error);
  /// A message made already (as a worker process reports it).
  explicit WriteError(const std::string& message) : std::runtime_error(message) {}
};

/// Writes `content` to `path` (created or truncated) with write(2), checking every call
/// and the close: a full disk shows at the latest there. Throws WriteError naming
/// `shown` (default: `path`), e.g. the file's place in the output rather than a
/// temporary name.
void WriteWholeFile(const std::filesystem::path& path, const std::string& content,
                    const std::filesystem::path& shown = {});

/// Creates `dir` and its missing parents; WriteError naming `shown` (default: `dir`) when
/// that fails or `dir` exists as something other than a directory.
void CreateDirectories(const std::filesystem::path& dir, const std::filesystem::path& shown = {});

/// Whether process `pid` is running (or exists under another user): the owner named in a
/// temporary file's or a staging directory's name, which is stale once it is gone.
bool ProcessRunning(long pid);

}  // namespace chainmap
