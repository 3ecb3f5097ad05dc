#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/map_layout.h"
#include "src/analysis/zone_analysis.h"
#include "src/io/table.h"

namespace chainmap {

/// One map of the report: its name in the chain switcher and its inline SVG.
struct ReportMap {
  std::string name;                  ///< "总览", a chain's name, or a chain's name and part.
  std::string svg;                   ///< One <svg> element (render/scene_svg.h), already escaped.
  std::optional<std::size_t> chain;  ///< The chain whose links its nodes are; none: overview.
};

/// A laid-out map as the report shows it: `index` makes its SVG ids unique in the page.
ReportMap ReportMapFrom(const PositionedScene& map, std::string name,
                        std::optional<std::size_t> chain, std::size_t index);

/// A file of the deliverable beside the page, linked from it: "清单（Excel）" → lists/lists.xlsx.
struct FileLink {
  std::string label;       ///< What the reader sees (Chinese, no file name).
  std::string href;        ///< A path relative to the page.
  std::string group = {};  ///< Links of one group share a line, after the group's name.
};

/// What the report shows: the zone under the 现状 and the 远景 (`vision` analysed with an
/// assume_stage), its maps laid out, and the lists.
struct ReportPageInput {
  const ZoneAnalysis& now;
  const ZoneAnalysis& vision;
  bool open_vision = false;  ///< The page opens on the 远景 (build --assume-stage).
  /// The maps, the overview first (see ReportMapFrom).
  std::vector<ReportMap> maps;
  std::vector<Table> lists;          ///< Shown as sortable tables.
  std::vector<FileLink> files = {};  ///< The deliverable's other files; none: no file bar.
  /// The page's title and leader summary (and the maps given) in this language; the
  /// page's own controls and tables stay Chinese.
  Language language = Language::kZh;
};

/// The report (index.html): one self-contained page that works offline (see docs/report.md):
/// the maps inline as SVG, the data as one JSON block, the page's script and stylesheet.
void WriteReportPage(std::ostream& out, const ReportPageInput& input);

/// The parts of the report page: its title, data block, maps and the CSS that restyles a
/// map's nodes by status.
struct ReportHtml {
  std::string title;            ///< The page's title (plain text; escaped here).
  nlohmann::ordered_json data;  ///< report_data.h: ReportData().
  std::vector<ReportMap> maps;  ///< maps[0] the overview, then one per chain in zone order.
  std::string status_css;       ///< render/scene_svg.h: SceneStatusCss().
  std::vector<FileLink> files;  ///< Linked under the title.
  std::string lang = "zh-CN";   ///< The html element's lang.
};

/// Writes the page from its parts, with the page's script and stylesheet (report_page.js,
/// report_page.css, embedded at build time). A Content-Security-Policy forbids every
/// request; names reach the page only as escaped text or JSON data.
void WriteReportHtml(std::ostream& out, const ReportHtml& html);

/// JSON text that is safe inside a <script> element: '<', '>' and '&' are written as
/// \u003c, \u003e and \u0026, so that no name can close the element or open a comment.
std::string ScriptSafeJson(const nlohmann::ordered_json& data);

}  // namespace chainmap
