#pragma once

#include <string>
#include <vector>

#include "render/map_layout.h"
#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// What the deck is made from: the zone analysed as it is (现状) and under the 远景
/// scenario, and the positioned maps of both.
struct DeckInput {
  const ZoneAnalysis* now = nullptr;
  const ZoneAnalysis* future = nullptr;  ///< Run with options().assume_stage set.
  PositionedScene overview;
  std::vector<PositionedScene> now_maps;     ///< One per chain.
  std::vector<PositionedScene> future_maps;  ///< One per chain.
};

/// Every slide of the deck, in order: the cover; the 领导一页纸 (completeness and each
/// chain's 强/弱/在补/缺 counts, 现状 and 远景, top targets, key projects by stage); the
/// overview; per chain its 现状 and 远景 map slides; the targets per chain as tables; the
/// project tracker as a table; the sources.
std::vector<std::string> DeckSlides(const DeckInput& input);

/// The deck's bytes (PPTX).
std::string DeckBytes(const DeckInput& input);

/// The zone's deck: analysed as it is and with projects at `assume_stage` or later
/// counted as built (远景), its maps laid out, every slide written.
std::string BuildDeck(const Zone& zone, ProjectStage assume_stage);

}  // namespace chainmap
