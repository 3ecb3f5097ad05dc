#include "src/report/deck_content.h"

#include "render/analysis_inputs.h"
#include "render/html_text.h"
#include "render/pptx_map_slides.h"
#include "render/pptx_package.h"
#include "render/pptx_text_slides.h"
#include "src/io/number_format.h"
#include "src/report/deck_tables.h"

namespace chainmap {

std::vector<std::string> DeckSlides(const DeckInput& input) {
  const ZoneAnalysis& now = *input.now;
  const ZoneAnalysis& future = *input.future;
  const Zone& zone = now.zone();
  const std::string scenario =
      "远景：" + ScenarioSentence(future.options().assume_stage.value_or(ProjectStage::kSigned));
  std::vector<std::string> slides;
  const auto append = [&](std::vector<std::string> more) {
    slides.insert(slides.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
  };
  slides.push_back(
      CoverSlide(Ellipsize(zone.name.zh, 24), "重点产业链图谱与招商工作汇报",
                 {"数据截至 " + zone.as_of,
                  std::to_string(zone.chains().size()) + " 条重点产业链 · 现状与远景", scenario}));
  slides.push_back(
      SummarySlide("领导一页纸", zone.name.zh + " · 截至 " + zone.as_of,
                   ChainStatusTable(now, future), {TopTargets(now, 10), ProjectsByStage(zone)},
                   {"完整度 = (强 + " + FormatNumber(zone.settings.weak_credit) + "×弱 + " +
                        FormatNumber(zone.settings.filling_credit) + "×在补) / 环节数",
                    scenario}));
  append(MapSlides(input.now_maps.overview, "现状"));
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    for (const PositionedScene& map : input.now_maps.chains[c]) append(MapSlides(map, "现状"));
    for (const PositionedScene& map : input.future_maps.chains[c]) append(MapSlides(map, "远景"));
  }
  for (std::size_t c = 0; c < zone.chains().size(); ++c) append(TargetSlides(now, c));
  append(TrackerSlides(zone));
  append(ListSlides("资料来源", "本汇报所引文件与资料", ZoneSources(zone)));
  return slides;
}

std::string DeckBytes(const DeckInput& input) {
  return PptxBytes(DeckSlides(input), input.now->zone().name.zh + " 产业链汇报");
}

std::string BuildDeck(const Zone& zone, ProjectStage assume_stage) {
  ZoneAnalysis now(zone);
  now.Run();
  ZoneAnalysisOptions options;
  options.assume_stage = assume_stage;
  ZoneAnalysis future(zone, options);
  future.Run();
  GraphvizContext graphviz;
  DeckInput input{&now, &future, LayOutDeckMaps(graphviz, now), LayOutDeckMaps(graphviz, future)};
  return DeckBytes(input);
}

}  // namespace chainmap
