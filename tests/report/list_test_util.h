#pragma once
// Helpers for the list tests: the mini zone with its analysis, and rows as text.

#include <string>
#include <variant>
#include <vector>
#include "test_paths.h"

#include "src/analysis/zone_analysis.h"
#include "src/io/number_format.h"
#include "src/io/table.h"
#include "src/io/zone_loader.h"
#include "src/report/list_registry.h"

namespace chainmap {

/// docs/examples/mini loaded and analysed with default options (现状, every candidate).
class MiniAnalysis {
 public:
  MiniAnalysis()
      : loaded_(LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/docs/examples/mini")),
        analysis_(loaded_.zone) {
    analysis_.Run();
  }
  ListInputs inputs() const { return {loaded_.zone, analysis_}; }

 private:
  LoadedZone loaded_;
  ZoneAnalysis analysis_;
};

/// Each row as its cells joined by '|': numbers as FormatNumber writes them, empty
/// cells as nothing.
inline std::vector<std::string> RowTexts(const Table& table) {
  std::vector<std::string> out;
  for (const auto& row : table.rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) line += "|";
      if (const auto* s = std::get_if<std::string>(&row[i])) line += *s;
      if (const auto* d = std::get_if<double>(&row[i])) line += FormatNumber(*d);
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace chainmap
