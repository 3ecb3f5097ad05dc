#include "src/io/atomic_file.h"

#include <unistd.h>
#include <cstring>
#include <fstream>
#include <random>

#include "src/io/diagnostic.h"

namespace chainmap {
namespace {

std::filesystem::path TemporaryBeside(const std::filesystem::path& target) {
  static std::mt19937_64 random{std::random_device{}()};
  return target.parent_path() /
         ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
          std::to_string(random() % 1000000));
}

}  // namespace

void WriteFilesAtomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files) {
  std::vector<std::filesystem::path> temporaries;
  const auto clean_up = [&] {
    std::error_code ignored;
    for (const auto& t : temporaries) std::filesystem::remove(t, ignored);
  };
  for (const auto& [target, content] : files) {
    const std::filesystem::path temporary = TemporaryBeside(target);
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (out) temporaries.push_back(temporary);
    if (out) out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (out) out.close();
    if (!out) {
      const std::string reason = std::strerror(errno);
      clean_up();
      throw InputError(target.string(), "cannot write: " + reason);
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::error_code ec;
    std::filesystem::rename(temporaries[i], files[i].first, ec);
    if (ec) {
      clean_up();
      throw InputError(files[i].first.string(), "cannot replace: " + ec.message());
    }
  }
}

void WriteFileAtomically(const std::filesystem::path& path, const std::string& content) {
  WriteFilesAtomically({{path, content}});
}

}  // namespace chainmap
