#include "src/io/input_file.h"

#include <fstream>
#include <sstream>

#include "src/io/diagnostic.h"

namespace chainmap {

std::optional<std::string> ReadFileIfExists(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::nullopt;
  if (std::filesystem::is_directory(path, ec))
    throw InputError(path.string(), "is a directory, expected a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "cannot be read: check its permissions");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace chainmap
