#include "render/analysis_inputs.h"

#include <algorithm>

#include "src/model/enums.h"

namespace chainmap {
namespace {

std::vector<std::optional<LinkStatus>> ChainStatus(const ZoneAnalysis& analysis,
                                                   std::size_t chain) {
  std::vector<std::optional<LinkStatus>> status;
  for (const LinkState& state : analysis.status().states()[chain]) status.push_back(state.status);
  return status;
}

/// Per link of the chain, the projects not yet operating that list it: most advanced
/// first, then in the zone's order.
std::vector<std::vector<MapProject>> LinkProjects(const Zone& zone, std::size_t chain) {
  std::vector<std::vector<std::size_t>> by_link(zone.chains()[chain].links().size());
  for (std::size_t p = 0; p < zone.projects().size(); ++p) {
    const Project& project = zone.projects()[p];
    if (project.stage == ProjectStage::kOperating) continue;
    for (const LinkKey& key : project.links)
      if (key.chain == chain) by_link[key.link].push_back(p);
  }
  std::vector<std::vector<MapProject>> projects;
  for (std::vector<std::size_t>& indices : by_link) {
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
      return zone.projects()[a].stage > zone.projects()[b].stage;
    });
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    projects.emplace_back();
    for (std::size_t p : indices) {
      const Project& project = zone.projects()[p];
      projects.back().push_back({project.name.empty() ? project.id : project.name, project.stage});
    }
  }
  return projects;
}

}  // namespace

std::string ScenarioSentence(ProjectStage assume_stage, Language language) {
  const Wording& w = WordingFor(language);
  return Fill(w.scenario, {w.project_stage[static_cast<std::size_t>(assume_stage)]});
}

std::string StatusNote(const ZoneAnalysis& analysis, Language language) {
  const Settings& s = analysis.zone().settings;
  const Wording& w = WordingFor(language);
  std::string note =
      Fill(w.status_rule, {std::to_string(s.strong_min_scale),
                           w.project_stage[static_cast<std::size_t>(s.filling_stage)]});
  if (const auto stage = analysis.options().assume_stage)
    note += Fill(w.vision_rule, {ScenarioSentence(*stage, language)});
  return note;
}

ChainMapInput ChainMapInputFrom(const ZoneAnalysis& analysis, std::size_t chain,
                                Language language) {
  const Zone& zone = analysis.zone();
  ChainMapInput input;
  input.zone = &zone;
  input.chain = chain;
  input.language = language;
  input.status = ChainStatus(analysis, chain);
  input.status_note = StatusNote(analysis, language);
  input.projects = LinkProjects(zone, chain);
  const TargetRanking& ranking = analysis.targets();
  for (const auto& link_targets : ranking.by_link()[chain]) {
    input.targets.emplace_back();
    for (std::size_t t : link_targets) {
      const Target& target = ranking.targets()[t];
      input.targets.back().push_back(
          {zone.enterprises()[target.candidate].DisplayName(), target.score.total});
    }
  }
  return input;
}

ZoneOverviewInput ZoneOverviewInputFrom(const ZoneAnalysis& analysis, Language language) {
  const Zone& zone = analysis.zone();
  ZoneOverviewInput input{&zone, {}, {}, StatusNote(analysis, language), language};
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    input.status.push_back(ChainStatus(analysis, c));
    input.completeness.push_back(analysis.gaps().chains()[c].total.value);
  }
  return input;
}

}  // namespace chainmap
