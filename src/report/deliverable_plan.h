#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "render/graphviz.h"
#include "render/map_split.h"
#include "src/model/zone.h"
#include "src/report/report_page.h"

namespace chainmap {

/// One map of the deliverable: a chain's map (or a large chain's index map), one detail
/// map of a large chain, or the overview; under the 现状 (`maps/`) or the 远景
/// (`maps/vision/`), written once per map format.
struct DeliverableMap {
  std::size_t chain = 0;            ///< Index of the chain; zone.chains().size(): the overview.
  std::optional<std::size_t> part;  ///< A detail map: the index into the chain's plan's parts.
  bool vision = false;              ///< Drawn under the 远景.
  std::filesystem::path folder;     ///< "maps" or "maps/vision".
  std::string stem;                 ///< "steel", "steel-2", "overview".
};

/// Which files `chainmap build` writes and from what: every map (the 现状's first, each set
/// as overview-less chains, the overview, then detail maps; the report page draws the
/// 现状's layouts in this order), and the files the report page links to.
struct DeliverablePlan {
  std::vector<DeliverableMap> maps;
  std::vector<FileLink> links;        ///< The summary, the deck, the workbook, each map to print.
  Language language = Language::kZh;  ///< Of the names and labels.

  /// The report page's name for map `m` (现状 only): "总览", a chain's name, or a chain's
  /// name and its part's title.
  std::string PageName(const Zone& zone, const std::vector<ChainMapPlan>& plans,
                       const DeliverableMap& m) const;
};

/// The plan for `zone` whose chains are drawn as `plans` say (render/map_split.h), in the
/// map formats given (the first names an index map's links to its detail maps), with the
/// workbook when `workbook`.
DeliverablePlan PlanDeliverable(const Zone& zone, const std::vector<ChainMapPlan>& plans,
                                const std::vector<OutputFormat>& map_formats, bool workbook,
                                Language language = Language::kZh);

/// The file name of a detail map's stem: a chain's id and the part's number from 1.
std::string PartStem(const Chain& chain, std::size_t part);

}  // namespace chainmap
