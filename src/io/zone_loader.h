#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "src/io/diagnostic.h"
#include "src/io/input_file.h"
#include "src/model/zone.h"

namespace chainmap {

/// Reads one file of a zone by its name in the zone ("zone.json"); nullopt when the
/// file does not exist. Throws InputError when it exists but cannot be read.
using ZoneFileReader = std::function<std::optional<std::string>(const std::string& name)>;

/// A loaded zone with the warnings and notes found while loading it.
struct LoadedZone {
  Zone zone;
  std::vector<Diagnostic> findings;
};

/// Loads a zone from its files (see docs/format.md). `display_dir` prefixes file
/// names in messages ("chains" → "chains/steel.json"). Throws InputError listing
/// every error found (up to DiagnosticSink::kMaxErrors).
LoadedZone LoadZone(const ZoneFileReader& read, const std::string& display_dir);

/// Loads the zone in a directory.
LoadedZone LoadZoneDirectory(const std::filesystem::path& dir);

}  // namespace chainmap
