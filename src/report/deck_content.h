#pragma once

#include <string>
#include <vector>

#include "src/analysis/zone_analysis.h"
#include "src/report/deck_maps.h"

namespace chainmap {

/// What the deck is made from: the zone analysed as it is (现状) and under the 远景
/// scenario, and the maps of both laid out by Graphviz.
struct DeckInput {
  const ZoneAnalysis* now = nullptr;
  const ZoneAnalysis* future = nullptr;  ///< Run with options().assume_stage set.
  DeckMaps now_maps;
  DeckMaps future_maps;
};

/// Every slide of the deck, in order: the cover; the 领导一页纸 (completeness and each
/// chain's 强/弱/在补/缺 counts, 现状 and 远景, top targets, key projects by stage); the
/// overview; per chain its 现状 and 远景 map slides; the best targets per chain as tables;
/// the project tracker as a table; the sources.
std::vector<std::string> DeckSlides(const DeckInput& input);

/// The deck's bytes (PPTX).
std::string DeckBytes(const DeckInput& input);

/// The zone's deck: analysed as it is and with projects at `assume_stage` or later
/// counted as built (远景), its maps laid out by Graphviz, every slide written.
std::string BuildDeck(const Zone& zone, ProjectStage assume_stage);

}  // namespace chainmap
