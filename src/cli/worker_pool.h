#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace chainmap {

/// Runs jobs 0..count-1 in `workers` forked processes (job j in worker j % workers), for
/// work that cannot share a process's threads (Graphviz keeps global state). A job
/// reports failure by throwing; its message comes back as "job J: message". With one
/// worker the jobs run in this process. Returns the failures, in job order.
std::vector<std::string> RunInWorkers(std::size_t count, std::size_t workers,
                                      const std::function<void(std::size_t job)>& run);

}  // namespace chainmap
