#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace chainmap {

/// Writes files so that each appears whole or not at all: every content goes to a
/// temporary file beside its target first (".NAME.tmp-PID-N"); only when all are written
/// are they renamed over their targets. On failure the temporaries are removed, no
/// target is touched, and WriteError names the target and the system's reason. The
/// temporaries a killed writer left of these targets are removed first
/// (RemoveStaleTemporaries).
void WriteFilesAtomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files);

/// Removes the temporaries of `target` (".NAME.tmp-PID-N" beside it) whose process is no
/// longer running: what a writer killed before its rename left behind.
void RemoveStaleTemporaries(const std::filesystem::path& target);

/// One file, atomically.
void WriteFileAtomically(const std::filesystem::path& path, const std::string& content);

}  // namespace chainmap
