#include "src/cli/interrupt.h"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <array>
#include <csignal>
#include <cstring>

namespace chainmap {
namespace {

constexpr std::array kSignals{SIGINT, SIGTERM, SIGHUP};
volatile std::sig_atomic_t received = 0;
std::array<struct sigaction, kSignals.size()> previous{};

extern "C" void Record(int signal) { received = signal; }

}  // namespace

Interrupted::Interrupted(int signal)
    : std::runtime_error(std::string("interrupted by SIG") + sigabbrev_np(signal) +
                         ": stopped before replacing its output, which is untouched; what it "
                         "had staged was removed"),
      signal_(signal) {}

InterruptGuard::InterruptGuard() {
  received = 0;
  struct sigaction action {};
  action.sa_handler = Record;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocking read returns EINTR and checks the flag
  for (std::size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], &action, &previous[i]);
}

InterruptGuard::~InterruptGuard() {
  for (std::size_t i = 0; i < kSignals.size(); ++i) sigaction(kSignals[i], &previous[i], nullptr);
}

int InterruptSignal() { return received; }

void ThrowIfInterrupted() {
  if (received != 0) throw Interrupted(received);
}

void BecomeWorkerOf(int parent_pid) {
  for (const int signal : kSignals) std::signal(signal, SIG_DFL);
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent_pid) ::_exit(1);  // the parent died before prctl took effect
}

}  // namespace chainmap
