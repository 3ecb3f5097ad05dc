#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace chainmap {

/// Reads a whole file; nullopt if it does not exist; InputError if unreadable.
std::optional<std::string> ReadFileIfExists(const std::filesystem::path& path);

}  // namespace chainmap
