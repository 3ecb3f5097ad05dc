#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace chainmap {

/// A job that failed: "job J: message", and whether it failed to write its output
/// (a WriteError: a full disk, …) rather than for an internal reason.
struct JobFailure {
  std::string message;
  bool write_error = false;
  friend bool operator==(const JobFailure&, const JobFailure&) = default;
};

/// Runs jobs 0..count-1 in `workers` forked processes (job j in worker j % workers), for
/// work that cannot share a process's threads (Graphviz keeps global state). A job
/// reports failure by throwing; its message comes back as "job J: message". With one
/// worker the jobs run in this process. Returns the failures, in job order.
///
/// Workers die with this process, however it dies (PR_SET_PDEATHSIG), and end at once on
/// SIGINT or SIGTERM. Under an InterruptGuard a signal to this process stops the workers,
/// waits for them and throws Interrupted.
std::vector<JobFailure> RunInWorkers(std::size_t count, std::size_t workers,
                                     const std::function<void(std::size_t job)>& run);

}  // namespace chainmap
