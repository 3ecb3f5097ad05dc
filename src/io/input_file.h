#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace chainmap {

/// Reads a whole regular file; nullopt if it does not exist. InputError when it cannot
/// be read, and for anything but a regular file (a FIFO, a device such as /dev/zero, a
/// directory), a dangling symbolic link or a loop of links, each with its own message.
std::optional<std::string> ReadFileIfExists(const std::filesystem::path& path);

}  // namespace chainmap
