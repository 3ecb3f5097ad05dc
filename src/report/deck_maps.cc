#include "src/report/deck_maps.h"

#include <cstdint>
#include <map>

#include "render/analysis_inputs.h"
#include "render/map_render.h"
#include "render/map_split.h"

namespace chainmap {
namespace {

/// The overview as a slide shows it: the chains' cards, and one arrow per pair of chains
/// joined by cross-chain edges (as thick as the edges it stands for) instead of the links
/// under each card, which would take several slides at legible size.
MapScene CardsOnly(MapScene scene) {
  std::vector<std::size_t> card_of_band(scene.bands.size(), SIZE_MAX), card_of(scene.nodes.size());
  std::vector<SceneNode> cards;
  for (std::size_t n = 0; n < scene.nodes.size(); ++n)
    if (scene.nodes[n].kind == SceneNodeKind::kCard && scene.nodes[n].band) {
      card_of_band[*scene.nodes[n].band] = cards.size();
      cards.push_back(scene.nodes[n]);
    }
  for (std::size_t n = 0; n < scene.nodes.size(); ++n)
    card_of[n] = scene.nodes[n].band ? card_of_band[*scene.nodes[n].band] : SIZE_MAX;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> pairs;
  for (const SceneEdge& e : scene.edges)
    if (card_of[e.from] != SIZE_MAX && card_of[e.to] != SIZE_MAX &&
        card_of[e.from] != card_of[e.to])
      ++pairs[{card_of[e.from], card_of[e.to]}];
  scene.nodes = std::move(cards);
  scene.edges.clear();
  for (const auto& [pair, count] : pairs)
    scene.edges.push_back({pair.first, pair.second, true, false, count});
  std::erase_if(scene.notes, [](const std::string& note) {
    return note.find("跨链供给关系") != std::string::npos;
  });
  scene.notes.push_back("箭头：链间供给关系，线越粗关联环节越多");
  return scene;
}

}  // namespace

ChainMapOptions DeckChainMapOptions() {
  ChainMapOptions options;
  options.max_targets = 0;
  options.max_enterprises = 3;
  options.max_projects = 1;
  return options;
}

DeckMaps LayOutDeckMaps(GraphvizContext& graphviz, const ZoneAnalysis& analysis) {
  const Zone& zone = analysis.zone();
  DeckMaps maps;
  maps.overview =
      LayOutScene(graphviz, CardsOnly(OverviewScene(ZoneOverviewInputFrom(analysis))), {})
          .positioned();
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const ChainMapInput input = ChainMapInputFrom(analysis, c);
    ChainMapOptions options = DeckChainMapOptions();
    const ChainMapPlan plan = PlanChainMaps(zone.chains()[c]);
    std::vector<PositionedScene> chain;
    if (!plan.split()) {
      chain.push_back(LayOutChainMap(graphviz, input, options).positioned());
    } else {
      for (const ChainPart& part : plan.parts) {
        options.part = part;
        chain.push_back(LayOutChainMap(graphviz, input, options).positioned());
      }
    }
    maps.chains.push_back(std::move(chain));
  }
  return maps;
}

}  // namespace chainmap
