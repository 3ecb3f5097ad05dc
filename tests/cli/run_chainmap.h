#pragma once

// Runs the built chainmap binary, for tests of the command line as a user sees it.

#include <sys/wait.h>
#include "test_paths.h"

#include <unistd.h>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace chainmap::testing {

/// What a run of the binary gave back.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Single-quotes an argument for /bin/sh.
inline std::string ShellQuote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Runs `chainmap ARGS...` in `cwd` (default: the source tree) with no standard input.
inline RunResult RunChainmap(const std::vector<std::string>& args,
                             const std::filesystem::path& cwd = CHAINMAP_SOURCE_DIR) {
  const auto err_path = std::filesystem::temp_directory_path() /
                        ("chainmap-test-err-" + std::to_string(::getpid()) + ".txt");
  std::string command = "cd " + ShellQuote(cwd.string()) + " && " + ShellQuote(CHAINMAP_BINARY);
  for (const auto& a : args) command += " " + ShellQuote(a);
  command += " </dev/null 2>" + ShellQuote(err_path.string());
  RunResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path);
  std::stringstream text;
  text << err.rdbuf();
  result.err = text.str();
  std::filesystem::remove(err_path);
  return result;
}

/// A fresh empty directory under the system's temporary directory.
inline std::filesystem::path MakeTempDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("chainmap-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

/// Every regular file below `dir` with its content, for "nothing changed" checks.
inline std::map<std::string, std::string> Snapshot(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    files[std::filesystem::relative(entry.path(), dir).string()] = text.str();
  }
  return files;
}

}  // namespace chainmap::testing
