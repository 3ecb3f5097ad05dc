#include "src/cli/worker_pool.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <stdexcept>

#include "src/cli/interrupt.h"
#include "src/io/output_file.h"

namespace chainmap {
namespace {

JobFailure RunJob(std::size_t job, const std::function<void(std::size_t)>& run) {
  JobFailure failure;
  try {
    run(job);
    return {};
  } catch (const WriteError& e) {
    failure = {e.what(), true};
  } catch (const std::exception& e) {
    failure = {e.what(), false};
  }
  failure.message = "job " + std::to_string(job) + ": " + failure.message;
  std::replace(failure.message.begin(), failure.message.end(), '\n', ' ');  // one line each
  return failure;
}

struct Worker {
  pid_t pid;
  int read_fd;
};

/// Stops every worker still running and reaps them all; the parent was interrupted.
void StopWorkers(const std::vector<Worker>& workers) {
  for (const Worker& w : workers) ::kill(w.pid, SIGTERM);
  for (const Worker& w : workers) {
    ::close(w.read_fd);
    while (::waitpid(w.pid, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
}

/// A worker's report: one "JOB\tKIND\tMESSAGE\n" line per failed job.
std::string Report(std::size_t job, const JobFailure& f) {
  return std::to_string(job) + "\t" + (f.write_error ? "w" : "i") + "\t" + f.message + "\n";
}

}  // namespace

std::vector<JobFailure> RunInWorkers(std::size_t count, std::size_t workers,
                                     const std::function<void(std::size_t job)>& run) {
  workers = std::clamp<std::size_t>(workers, 1, std::max<std::size_t>(count, 1));
  std::map<std::size_t, JobFailure> failures;
  if (workers == 1) {
    for (std::size_t job = 0; job < count; ++job) {
      ThrowIfInterrupted();
      if (JobFailure f = RunJob(job, run); !f.message.empty()) failures[job] = f;
    }
  } else {
    std::vector<Worker> started;
    const pid_t parent = ::getpid();
    for (std::size_t w = 0; w < workers; ++w) {
      int fds[2];
      if (::pipe2(fds, O_CLOEXEC) != 0) {
        StopWorkers(started);
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
      }
      const pid_t pid = ::fork();
      if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        StopWorkers(started);
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
      }
      if (pid == 0) {
        BecomeWorkerOf(parent);
        ::close(fds[0]);
        std::string report;
        for (std::size_t job = w; job < count; job += workers)
          if (const JobFailure f = RunJob(job, run); !f.message.empty()) report += Report(job, f);
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
      for (;;) {
        if (InterruptSignal() != 0) {  // a signal under the guard: stop the rest
          StopWorkers({started.begin() + static_cast<std::ptrdiff_t>(w), started.end()});
          throw Interrupted(InterruptSignal());
        }
        const ssize_t n = ::read(started[w].read_fd, buffer, sizeof buffer);
        if (n > 0) report.append(buffer, static_cast<std::size_t>(n));
        if (n == 0 || (n < 0 && errno != EINTR)) break;
      }
      ::close(started[w].read_fd);
      int status = 0;
      while (::waitpid(started[w].pid, &status, 0) < 0 && errno == EINTR) {
      }
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        failures[count + w] = {
            "worker " + std::to_string(w) + " died (status " + std::to_string(status) + ")", false};
      for (std::size_t at = 0; at < report.size();) {
        const std::size_t tab = report.find('\t', at), kind = tab + 2, end = report.find('\n', at);
        failures[std::stoul(report.substr(at, tab - at))] = {
            report.substr(kind + 1, end - kind - 1), report[tab + 1] == 'w'};
        at = end + 1;
      }
    }
    ThrowIfInterrupted();
  }
  std::vector<JobFailure> out;
  out.reserve(failures.size());
  for (auto& [job, failure] : failures) out.push_back(std::move(failure));
  return out;
}

}  // namespace chainmap
