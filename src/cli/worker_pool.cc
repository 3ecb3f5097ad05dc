#include "src/cli/worker_pool.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <stdexcept>

namespace chainmap {
namespace {

std::string RunJob(std::size_t job, const std::function<void(std::size_t)>& run) {
  try {
    run(job);
    return {};
  } catch (const std::exception& e) {
    std::string message = "job " + std::to_string(job) + ": " + e.what();
    std::replace(message.begin(), message.end(), '\n', ' ');  // one line per failure
    return message;
  }
}

}  // namespace

std::vector<std::string> RunInWorkers(std::size_t count, std::size_t workers,
                                      const std::function<void(std::size_t job)>& run) {
  workers = std::clamp<std::size_t>(workers, 1, std::max<std::size_t>(count, 1));
  std::map<std::size_t, std::string> failures;
  if (workers == 1) {
    for (std::size_t job = 0; job < count; ++job)
      if (std::string f = RunJob(job, run); !f.empty()) failures[job] = f;
  } else {
    struct Worker {
      pid_t pid;
      int read_fd;
    };
    std::vector<Worker> started;
    for (std::size_t w = 0; w < workers; ++w) {
      int fds[2];
      if (::pipe(fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
      const pid_t pid = ::fork();
      if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
      if (pid == 0) {
        ::close(fds[0]);
        std::string report;
        for (std::size_t job = w; job < count; job += workers) {
          const std::string f = RunJob(job, run);
          if (!f.empty()) report += std::to_string(job) + "\t" + f + "\n";
        }
        for (std::size_t done = 0; done < report.size();) {
          const ssize_t n = ::write(fds[1], report.data() + done, report.size() - done);
          if (n <= 0) break;
          done += static_cast<std::size_t>(n);
        }
        ::_exit(0);
      }
      ::close(fds[1]);
      started.push_back({pid, fds[0]});
    }
    for (std::size_t w = 0; w < started.size(); ++w) {
      std::string report;
      char buffer[4096];
      ssize_t n;
      while ((n = ::read(started[w].read_fd, buffer, sizeof buffer)) > 0) report.append(buffer, n);
      ::close(started[w].read_fd);
      int status = 0;
      ::waitpid(started[w].pid, &status, 0);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        failures[count + w] =
            "worker " + std::to_string(w) + " died (status " + std::to_string(status) + ")";
      for (std::size_t at = 0; at < report.size();) {
        const std::size_t tab = report.find('\t', at), end = report.find('\n', at);
        failures[std::stoul(report.substr(at, tab - at))] = report.substr(tab + 1, end - tab - 1);
        at = end + 1;
      }
    }
  }
  std::vector<std::string> out;
  out.reserve(failures.size());
  for (auto& [job, failure] : failures) out.push_back(std::move(failure));
  return out;
}

}  // namespace chainmap
