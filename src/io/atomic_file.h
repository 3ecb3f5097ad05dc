#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace chainmap {

/// Writes files so that each appears whole or not at all: every content goes to a
/// temporary file beside its target first; only when all are written are they renamed
/// over their targets. On failure the temporaries are removed, no target is touched,
/// and InputError says which path could not be written.
void WriteFilesAtomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files);

/// One file, atomically.
void WriteFileAtomically(const std::filesystem::path& path, const std::string& content);

}  // namespace chainmap
