#pragma once

#include <memory>
#include <string>
#include <vector>

#include "render/chain_map.h"
#include "render/graphviz.h"
#include "render/map_layout.h"
#include "render/zone_overview.h"

namespace chainmap {

class LaidOutGraph;

/// A map laid out by Graphviz: its positions as data (for the PPTX and HTML writers and
/// `render --format json`) and the laid-out graph that the SVG/PNG/PDF writers draw
/// through gvc without laying it out again. Move-only; needs a live GraphvizContext.
class LaidOutMap {
 public:
  LaidOutMap(std::unique_ptr<LaidOutGraph> graph, PositionedScene positioned);
  LaidOutMap(LaidOutMap&&) noexcept;
  LaidOutMap& operator=(LaidOutMap&&) noexcept;
  ~LaidOutMap();

  /// Where every node, band, edge, the header and the legend sit, in points, y down.
  const PositionedScene& positioned() const { return positioned_; }
  /// What Graphviz warned about while laying out, in our words.
  const std::vector<std::string>& warnings() const;
  /// The Graphviz source the map was laid out from (`render --format dot`).
  const std::string& dot() const;
  /// Draws the laid-out map as svg, png or pdf (kDot: the source); `page` gives the
  /// PNG resolution. Never lays out again.
  Rendered Write(OutputFormat format, const PageOptions& page) const;

 private:
  std::unique_ptr<LaidOutGraph> graph_;
  PositionedScene positioned_;
};

/// Lays out a chain map (or, with options.stage / options.part, one detail map of it).
/// Throws GraphvizError when Graphviz fails and MapTooLargeError when the map is beyond
/// what one page can hold.
LaidOutMap LayOutChainMap(GraphvizContext& graphviz, const ChainMapInput& input,
                          const ChainMapOptions& options);
/// Lays out the zone overview.
LaidOutMap LayOutOverview(GraphvizContext& graphviz, const ZoneOverviewInput& input,
                          const ZoneOverviewOptions& options);
/// Lays out any scene: the step the two above share.
LaidOutMap LayOutScene(GraphvizContext& graphviz, MapScene scene, const PageOptions& page);

}  // namespace chainmap
