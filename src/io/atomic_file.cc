#include "src/io/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <random>
#include <string_view>

#include "src/io/output_file.h"

namespace chainmap {
namespace {

/// ".NAME.tmp-": the start of every temporary of `target`; the writer's process id and a
/// random number follow.
std::string TemporaryPrefix(const std::filesystem::path& target) {
  return "." + target.filename().string() + ".tmp-";
}

std::filesystem::path TemporaryBeside(const std::filesystem::path& target) {
  static std::mt19937_64 random{std::random_device{}()};
  return target.parent_path() / (TemporaryPrefix(target) + std::to_string(::getpid()) + "-" +
                                 std::to_string(random() % 1000000));
}

}  // namespace

void RemoveStaleTemporaries(const std::filesystem::path& target) {
  const std::string prefix = TemporaryPrefix(target);
  const std::filesystem::path dir =
      target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string_view rest = std::string_view(name).substr(prefix.size());
    const std::size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string_view::npos ||
        rest.substr(0, dash).find_first_not_of("0123456789") != std::string_view::npos)
      continue;
    if (ProcessRunning(std::stol(std::string(rest.substr(0, dash))))) continue;
    std::error_code ignored;
    std::filesystem::remove(entry.path(), ignored);
  }
}

void WriteFilesAtomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files) {
  std::vector<std::filesystem::path> temporaries;
  const auto clean_up = [&] {
    std::error_code ignored;
    for (const auto& t : temporaries) std::filesystem::remove(t, ignored);
  };
  for (const auto& [target, content] : files) RemoveStaleTemporaries(target);
  try {
    for (const auto& [target, content] : files) {
      temporaries.push_back(TemporaryBeside(target));
      WriteWholeFile(temporaries.back(), content, target);
    }
  } catch (const WriteError&) {
    clean_up();
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::error_code ec;
    std::filesystem::rename(temporaries[i], files[i].first, ec);
    if (ec) {
      clean_up();
      throw WriteError(files[i].first, "replace", ec.value());
    }
  }
}

void WriteFileAtomically(const std::filesystem::path& path, const std::string& content) {
  WriteFilesAtomically({{path, content}});
}

}  // namespace chainmap
