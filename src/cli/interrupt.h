#pragma once

#include <stdexcept>
#include <string>

namespace chainmap {

/// The command was stopped by SIGINT, SIGTERM or SIGHUP while an InterruptGuard was up:
/// thrown at the next check, so that what it staged is removed on the way out. The
/// command line prints the message and exits with 128 + the signal's number.
class Interrupted : public std::runtime_error {
 public:
  explicit Interrupted(int signal);
  int signal() const { return signal_; }

 private:
  int signal_;
};

/// While alive, SIGINT, SIGTERM and SIGHUP set a flag instead of ending the process (and
/// interrupt a blocking read or wait, which then checks it). For a command that must
/// clean up what it staged; without it a signal ends the process at once, as usual.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;
};

/// The signal received under the guard, 0 if none.
int InterruptSignal();

/// Throws Interrupted when a signal came under the guard.
void ThrowIfInterrupted();

/// In a forked worker: the signals back to their default (a worker ends at once and its
/// parent cleans up), and the worker is killed when its parent dies, however it dies.
/// Ends the worker when the parent is already gone.
void BecomeWorkerOf(int parent_pid);

}  // namespace chainmap
