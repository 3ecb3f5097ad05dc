#pragma once

#include <filesystem>
#include <string>

namespace chainmap {

/// An output directory made whole in a staging directory beside it and moved into place
/// at the end (build's -o DIR): DIR is the complete new output or untouched, and no
/// staging directory outlives the run that made it.
///
/// - DIR is normalised: "out/" is "out"; a symbolic link is written through (the
///   directory it points to is replaced, the link kept); "." or any directory holding
///   the current one is refused, since replacing it would pull the directory from under
///   the shell that runs the command.
/// - DIR is replaced only when it is empty or holds `marker` (an earlier run made it).
/// - The staging directory ".DIR.partial-PID" is locked (flock(2)) for the run's life,
///   worker processes included; every run first removes the staging directories whose
///   lock is free and whose process is gone (a run killed with SIGKILL).
/// - Publishing swaps the staging directory with DIR in one step (renameat2
///   RENAME_EXCHANGE), so that concurrent runs to one DIR each publish whole and DIR is
///   never missing; the last one wins.
class StagedDirectory {
 public:
  /// Throws InputError (exit 2) for a DIR that may not be replaced, WriteError (exit 3)
  /// when the staging directory cannot be made.
  StagedDirectory(const std::filesystem::path& dir, std::string marker);
  /// Removes the staging directory unless it was published.
  ~StagedDirectory();
  StagedDirectory(const StagedDirectory&) = delete;
  StagedDirectory& operator=(const StagedDirectory&) = delete;

  /// Where to write the new output.
  const std::filesystem::path& staging() const { return staging_; }
  /// DIR as resolved (absolute, a link followed).
  const std::filesystem::path& target() const { return target_; }

  /// Moves the staging directory into place, replacing an earlier output; InputError when
  /// what it would replace is no longer an earlier output, WriteError when the file
  /// system refuses.
  void Publish();

 private:
  std::filesystem::path target_;
  std::filesystem::path staging_;
  std::string marker_;
  int lock_fd_ = -1;
  bool published_ = false;
};

/// Removes the staging directories (".NAME.partial-PID", and ".NAME.old-PID" of earlier
/// versions) beside `target` that no live run owns.
void RemoveStaleStaging(const std::filesystem::path& target);

}  // namespace chainmap
