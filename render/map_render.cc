#include "render/map_render.h"

#include <utility>

#include "render/graphviz_positions.h"
#include "render/map_style.h"
#include "render/scene_dot.h"

namespace chainmap {

LaidOutMap::LaidOutMap(std::unique_ptr<LaidOutGraph> graph, PositionedScene positioned)
    : graph_(std::move(graph)), positioned_(std::move(positioned)) {}
LaidOutMap::LaidOutMap(LaidOutMap&&) noexcept = default;
LaidOutMap& LaidOutMap::operator=(LaidOutMap&&) noexcept = default;
LaidOutMap::~LaidOutMap() = default;

const std::vector<std::string>& LaidOutMap::warnings() const { return graph_->warnings; }

const std::string& LaidOutMap::dot() const { return graph_->dot(); }

Rendered LaidOutMap::Write(OutputFormat format, const PageOptions& page) const {
  Rendered rendered = graph_->Render(format, PngDpi(page), PageAspect(page));
  if (format == OutputFormat::kSvg) {
    // Graphviz names the one font it measured with; a viewer without it (Windows, macOS)
    // should fall back to a CJK font of its own rather than to one without Chinese.
    const std::string one = "font-family=\"" + std::string(kMapFont) + "\"";
    const std::string list = "font-family=\"" + std::string(kSvgFontList) + "\"";
    std::string& svg = rendered.bytes;
    for (std::size_t at = svg.find(one); at != std::string::npos;
         at = svg.find(one, at + list.size()))
      svg.replace(at, one.size(), list);
  }
  return rendered;
}

LaidOutMap LayOutScene(GraphvizContext& graphviz, MapScene scene, const PageOptions& page) {
  auto graph = graphviz.LayOut(SceneDot(scene, page));
  PositionedScene positioned = PositionsOf(*graph, std::move(scene));
  return LaidOutMap(std::move(graph), std::move(positioned));
}

LaidOutMap LayOutChainMap(GraphvizContext& graphviz, const ChainMapInput& input,
                          const ChainMapOptions& options) {
  return LayOutScene(graphviz, ChainMapScene(input, options), options.page);
}

LaidOutMap LayOutOverview(GraphvizContext& graphviz, const ZoneOverviewInput& input,
                          const ZoneOverviewOptions& options) {
  return LayOutScene(graphviz, OverviewScene(input), options.page);
}

}  // namespace chainmap
