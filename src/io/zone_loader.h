#pragma once

#include <cstddef>
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

/// How a zone is loaded; the zone and the messages are the same whatever they are.
struct LoadOptions {
  /// Record files of at least this many bytes are parsed on a second thread while the
  /// loading thread turns the records parsed into the zone (JsonRecordStream); below a
  /// megabyte (some 5,000 records) the thread costs more than it saves. SIZE_MAX: all on
  /// the loading thread; 0: every record file on two.
  std::size_t parse_thread_from = std::size_t{1} << 20;
};

/// Loads a zone from its files (see docs/format.md). `display_dir` prefixes file
/// names in messages ("chains" → "chains/steel.json"). Throws InputError listing
/// every error found (up to DiagnosticSink::kMaxErrors).
LoadedZone LoadZone(const ZoneFileReader& read, const std::string& display_dir,
                    const LoadOptions& options = {});

/// Loads the zone in a directory.
LoadedZone LoadZoneDirectory(const std::filesystem::path& dir, const LoadOptions& options = {});

}  // namespace chainmap
