#pragma once

#include <string>
#include <utility>
#include <vector>

namespace chainmap {

/// One file of a zip archive: its path inside the archive and its bytes.
struct ZipEntry {
  std::string name;
  std::string bytes;
};

/// The bytes of a zip archive holding `entries` in the given order, deflated, made with
/// libzip in memory. Deterministic: every entry carries the same fixed DOS timestamp
/// (1980-01-01 00:00) and no extra fields, so the same entries give the same bytes.
/// Throws std::runtime_error with libzip's message when libzip fails.
std::string ZipBytes(const std::vector<ZipEntry>& entries);

}  // namespace chainmap
