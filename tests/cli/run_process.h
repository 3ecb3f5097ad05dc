#pragma once
// Test helpers: run a shell command (the chainmap binary, /usr/bin/python3) and make
// scratch directories that clean up after themselves.

#include <sys/wait.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include "test_paths.h"

namespace chainmap::testing {

/// How many rounds a test that repeats to catch a race runs: all of them in an ordinary
/// build, a quarter under AddressSanitizer, where each chainmap run takes about ten times as
/// long and what that suite adds is a memory error's report, not better odds for the race.
constexpr int RaceRounds(int rounds) {
#if defined(__SANITIZE_ADDRESS__)
  return rounds / 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return rounds / 4;
#else
  return rounds;
#endif
#else
  return rounds;
#endif
}

/// What a finished command printed and returned.
struct ProcessResult {
  int exit_code = -1;
  std::string out;  ///< Standard output.
  std::string err;  ///< Standard error (via a scratch file).
};

/// A directory under the system temp directory, removed with everything in it at the end.
class ScratchDir {
 public:
  ScratchDir() {
    static std::mt19937_64 random{std::random_device{}()};
    path_ = std::filesystem::temp_directory_path() / ("chainmap-test-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Single-quotes an argument for /bin/sh.
inline std::string ShellQuote(const std::string& arg) {
  std::string out = "'";
  for (const char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

inline void WriteWholeFile(const std::filesystem::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

/// Runs `command` through /bin/sh, capturing standard output and standard error.
inline ProcessResult RunProcess(const std::string& command) {
  ScratchDir scratch;
  const auto err_file = scratch.path() / "stderr";
  ProcessResult result;
  FILE* pipe = ::popen((command + " 2>" + ShellQuote(err_file.string())).c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = ReadWholeFile(err_file);
  return result;
}

/// Runs the chainmap binary with the given (already quoted) argument string.
inline ProcessResult RunChainmap(const std::string& args) {
  return RunProcess(ShellQuote(CHAINMAP_BINARY) + " " + args);
}

/// Runs a Python script (given as text) with /usr/bin/python3 and extra arguments.
inline ProcessResult RunPython(const std::string& script, const std::string& args = "") {
  ScratchDir scratch;
  const auto file = scratch.path() / "script.py";
  WriteWholeFile(file, script);
  return RunProcess("/usr/bin/python3 " + ShellQuote(file.string()) + " " + args);
}

/// The mini example zone in the source tree.
inline std::filesystem::path MiniZone() {
  return std::filesystem::path(CHAINMAP_SOURCE_DIR) / "docs/examples/mini";
}

}  // namespace chainmap::testing
