#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "src/analysis/zone_analysis.h"
#include "src/io/table.h"
#include "src/model/wording.h"

namespace chainmap {

/// What the interactive report shows, as data: the zone under two scenarios (现状 and
/// 远景) and the lists. `vision` must be analysed with an assume_stage.
struct ReportDataInput {
  const ZoneAnalysis& now;
  const ZoneAnalysis& vision;
  std::vector<Table> tables;  ///< The lists, shown as sortable tables (ID columns left out).
  bool open_vision = false;   ///< The page opens on the 远景.
  /// The leader summary's language (the rest of the data stays Chinese).
  Language language = Language::kZh;
};

/// The report's data block: every chain with its links (status and gap under each
/// scenario, enterprises, projects, targets), every enterprise, project and target, the
/// completeness and the lists. Everything a person sees is Chinese; ids appear only as
/// keys that tie a link to its node on the map. See docs/report.md for the fields.
nlohmann::ordered_json ReportData(const ReportDataInput& input);

}  // namespace chainmap
