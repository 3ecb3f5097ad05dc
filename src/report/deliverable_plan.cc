#include "src/report/deliverable_plan.h"

#include <algorithm>

namespace chainmap {

std::string PartStem(const Chain& chain, std::size_t part) {
  return chain.id + "-" + std::to_string(part + 1);
}

std::string DeliverablePlan::PageName(const Zone& zone, const std::vector<ChainMapPlan>& plans,
                                      const DeliverableMap& m) const {
  if (m.chain == zone.chains().size()) return std::string(WordingFor(language).overview_name);
  std::string name = NameIn(zone.chains()[m.chain].name, language);
  if (m.part) name += " · " + plans[m.chain].parts[*m.part].title;
  return name;
}

DeliverablePlan PlanDeliverable(const Zone& zone, const std::vector<ChainMapPlan>& plans,
                                const std::vector<OutputFormat>& map_formats, bool workbook,
                                Language language) {
  const Wording& w = WordingFor(language);
  DeliverablePlan plan;
  plan.language = language;
  const std::size_t n = zone.chains().size();
  for (const bool vision : {false, true}) {
    const std::filesystem::path folder =
        vision ? std::filesystem::path("maps") / "vision" : std::filesystem::path("maps");
    for (std::size_t c = 0; c <= n; ++c)
      plan.maps.push_back(
          {c, std::nullopt, vision, folder, c < n ? zone.chains()[c].id : "overview"});
    for (std::size_t c = 0; c < n; ++c)
      for (std::size_t k = 0; k < plans[c].parts.size(); ++k)
        plan.maps.push_back({c, k, vision, folder, PartStem(zone.chains()[c], k)});
  }

  plan.links.push_back({std::string(w.summary_file), "summary.pdf"});
  plan.links.push_back({std::string(w.deck_file), "deck.pptx"});
  if (workbook) plan.links.push_back({std::string(w.workbook_file), "lists/lists.xlsx"});
  const auto has = [&](OutputFormat f) {
    return std::find(map_formats.begin(), map_formats.end(), f) != map_formats.end();
  };
  const OutputFormat print = has(OutputFormat::kPdf) ? OutputFormat::kPdf : map_formats.front();
  const std::string kind(print == OutputFormat::kPdf   ? w.map_file_kind[0]
                         : print == OutputFormat::kSvg ? w.map_file_kind[1]
                                                       : w.map_file_kind[2]);
  const std::string extension(ToString(print));
  for (const std::string folder : {"maps/", "maps/vision/"}) {
    const std::string group =
        std::string(folder == std::string("maps/") ? w.now_maps : w.vision_maps) + kind;
    plan.links.push_back({std::string(w.overview_name), folder + "overview." + extension, group});
    for (const Chain& chain : zone.chains())
      plan.links.push_back(
          {NameIn(chain.name, language), folder + chain.id + "." + extension, group});
  }
  return plan;
}

}  // namespace chainmap
