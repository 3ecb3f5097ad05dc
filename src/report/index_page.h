#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// What the index page links to, as paths relative to it.
struct IndexPageLinks {
  std::vector<std::string> map_formats;  ///< e.g. {"svg", "png", "pdf"}: maps/<chain>.<f>
  std::vector<std::string> reports;      ///< e.g. "report/analysis.md"
  std::vector<std::string> lists;        ///< e.g. "lists/lists.xlsx"
  std::vector<std::string> exports;      ///< e.g. "export/zone.graphml"
};

/// The deliverable's front page (index.html): the zone, its completeness, the overview
/// map, a row per chain with its completeness, statuses, top targets and maps, and links
/// to the reports, lists and exports. Self-contained HTML; every name escaped.
void WriteIndexPage(std::ostream& out, const ZoneAnalysis& analysis, const IndexPageLinks& links);

}  // namespace chainmap
