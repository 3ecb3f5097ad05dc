#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/chain_map.h"
#include "render/map_scene.h"

namespace chainmap {

/// A chain too large for any set of maps; the message says how to draw it instead.
class MapTooLargeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The limits of a map. One page stays legible up to about 60 links drawn in full
/// (docs/performance.md: above that the map passes 2 m on its long side and must be
/// scaled below 6-point text to fit an A1 sheet); a larger chain gets an index map
/// and detail maps of at most kPartLinks links each.
struct MapLimits {
  std::size_t max_links = 60;    ///< Links on one map before it is split.
  std::size_t part_links = 40;   ///< Links drawn in full on a detail map, at most.
  std::size_t max_context = 20;  ///< Grey neighbours on a detail map, at most.
  std::size_t max_parts = 60;    ///< Parts on one index map, at most.
};

/// How a chain is drawn: one map, or an index map and a detail map per part. Parts go
/// stage by stage (上游, 中游, 下游); inside a stage, links in order of their depth in
/// the chain (longest path from a source, edges against the stages ignored), cut into
/// parts of equal size, so that a link and the links feeding it stay together.
struct ChainMapPlan {
  std::vector<ChainPart> parts;  ///< Empty: the chain fits one map.
  bool split() const { return !parts.empty(); }
};

/// The plan for a chain. Throws MapTooLargeError when even the index map would exceed
/// limits.max_parts parts (unless `allow_any`, for drawing one part on its own). The
/// parts' titles and notes are in `language`.
ChainMapPlan PlanChainMaps(const Chain& chain, const MapLimits& limits = {}, bool allow_any = false,
                           Language language = Language::kZh);

/// Checks every chain of the zone against the limits before anything is analysed or
/// drawn; throws MapTooLargeError naming the first chain beyond them. `command` is the
/// command named in the advice ("render", "build").
void CheckMapSizes(const Zone& zone, const MapLimits& limits = {});

/// The index map of a split chain: a card per part, in bands by stage, with its links by
/// status (bar and counts) and its range of links; arrows between parts, as thick as the
/// number of edges they stand for. `part_links[k]`, if given, is the file of part k's
/// detail map, linked from its card.
MapScene ChainIndexScene(const ChainMapInput& input, const ChainMapPlan& plan,
                         const std::vector<std::string>& part_links);

}  // namespace chainmap
