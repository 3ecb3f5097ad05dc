#include "render/chain_map.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <cstdio>
#include <set>

#include "render/html_text.h"
#include "render/map_style.h"
#include "src/io/number_format.h"
#include "src/io/source_citation.h"
#include "src/model/source_text.h"

namespace chainmap {
namespace {

/// How much of a link a map shows.
enum class Detail { kFull, kCompact, kContext, kHidden };

constexpr std::array kStages{Stage::kUpstream, Stage::kMidstream, Stage::kDownstream};

/// The local enterprises of a link, 链主 first, each group in zone order.
std::vector<const Enterprise*> LocalEnterprises(const Zone& zone,
                                                const std::vector<std::size_t>& indices) {
  std::vector<const Enterprise*> leaders, others;
  for (std::size_t e : indices) {
    const Enterprise& enterprise = zone.enterprises()[e];
    if (!enterprise.local) continue;
    (enterprise.role == Role::kLeader ? leaders : others).push_back(&enterprise);
  }
  leaders.insert(leaders.end(), others.begin(), others.end());
  return leaders;
}

/// The lines of a link's node: its name, then (in full) enterprises, projects, targets.
std::vector<SceneText> NodeLines(const Link& link, std::optional<LinkStatus> status, Detail detail,
                                 const std::vector<const Enterprise*>& enterprises,
                                 const std::vector<MapProject>& projects,
                                 const std::vector<MapTarget>& targets, const std::string& change,
                                 const ChainMapOptions& options, const Wording& w) {
  const auto count = [](std::size_t n) { return std::to_string(n); };
  std::vector<SceneText> lines{
      {Ellipsize(NameIn(link.name, w.language), 16 * w.name_chars), SceneTextRole::kTitle}};
  if (!change.empty() && detail != Detail::kContext)
    lines.push_back({Fill(w.change, {change}), SceneTextRole::kChange});
  if (detail == Detail::kContext) return lines;
  if (detail == Detail::kCompact) {
    if (!enterprises.empty())
      lines.push_back(
          {Fill(w.enterprise_count, {count(enterprises.size())}), SceneTextRole::kMuted});
    return lines;
  }
  const std::size_t shown = std::min(enterprises.size(), options.max_enterprises);
  for (std::size_t i = 0; i < shown; ++i) {
    const Enterprise& e = *enterprises[i];
    const std::string display = Ellipsize(e.DisplayName(), 14);
    if (e.role == Role::kLeader) {
      lines.push_back({Fill(w.leader, {display}), SceneTextRole::kLeader});
    } else {
      lines.push_back({display, SceneTextRole::kEnterprise});
    }
  }
  if (shown < enterprises.size())
    lines.push_back({Fill(w.more_enterprises, {count(enterprises.size())}), SceneTextRole::kMuted});
  const std::size_t shown_projects = std::min(projects.size(), options.max_projects);
  for (std::size_t i = 0; i < shown_projects; ++i)
    lines.push_back(
        {Fill(w.project, {Ellipsize(projects[i].name, 14),
                          w.project_stage[static_cast<std::size_t>(projects[i].stage)]}),
         SceneTextRole::kProject});
  if (shown_projects < projects.size())
    lines.push_back({Fill(w.more_projects, {count(projects.size())}), SceneTextRole::kMuted});
  if (status == LinkStatus::kMissing && options.max_targets > 0 && !targets.empty()) {
    lines.push_back({std::string(w.targets_heading), SceneTextRole::kTargetsHeading});
    for (std::size_t i = 0; i < targets.size() && i < options.max_targets; ++i) {
      std::string line = std::to_string(i + 1) + ". " + Ellipsize(targets[i].name, 14);
      if (targets[i].score) line += Fill(w.target_score, {ScoreText(*targets[i].score)});
      lines.push_back({line, SceneTextRole::kTarget});
    }
  }
  return lines;
}

/// The detail of each link: full, compact for a large chain, or a detail map of a stage
/// or a part, with the links next to it as grey context.
std::vector<Detail> Details(const Chain& chain, const ChainMapOptions& options) {
  const std::size_t n = chain.links().size();
  if (!options.stage && !options.part) {
    return std::vector<Detail>(n, n > options.max_full_links ? Detail::kCompact : Detail::kFull);
  }
  std::vector<Detail> details(n, Detail::kHidden);
  for (std::size_t l = 0; l < n; ++l) {
    const bool in =
        options.part ? options.part->links.count(l) > 0 : chain.links()[l].stage == *options.stage;
    if (in) details[l] = Detail::kFull;
  }
  for (const Edge& e : chain.edges()) {
    if (details[e.from] == Detail::kFull && details[e.to] == Detail::kHidden)
      details[e.to] = Detail::kContext;
    if (details[e.to] == Detail::kFull && details[e.from] == Detail::kHidden)
      details[e.from] = Detail::kContext;
  }
  std::size_t contexts = 0;
  for (Detail& d : details)
    if (d == Detail::kContext && ++contexts > options.max_context) d = Detail::kHidden;
  return details;
}

/// How many links next to the drawn ones the detail map leaves out (over max_context).
std::size_t HiddenNeighbours(const Chain& chain, const std::vector<Detail>& details) {
  std::vector<bool> neighbour(details.size(), false);
  for (const Edge& e : chain.edges()) {
    if (details[e.from] == Detail::kFull && details[e.to] == Detail::kHidden)
      neighbour[e.to] = true;
    if (details[e.to] == Detail::kFull && details[e.from] == Detail::kHidden)
      neighbour[e.from] = true;
  }
  return static_cast<std::size_t>(std::count(neighbour.begin(), neighbour.end(), true));
}

/// The distinct sources of the chain and its links as a reader cites them (documents by
/// title, each whole), in order, as header lines; at most `max` shown.
std::vector<std::string> SourcesLines(const Zone& zone, const Chain& chain, std::size_t max,
                                      Language language) {
  Sources sources = chain.source;
  for (const Link& l : chain.links())
    sources.insert(sources.end(), l.source.begin(), l.source.end());
  return SourcesNote(CitedSources(zone, sources, true, language), max,
                     kSourceLineChars * WordingFor(language).name_chars, language);
}

}  // namespace

MapScene ChainMapScene(const ChainMapInput& input, const ChainMapOptions& options) {
  assert(input.zone && input.chain < input.zone->chains().size());
  const Zone& zone = *input.zone;
  const Chain& chain = zone.chains()[input.chain];
  const std::size_t n = chain.links().size();
  assert(input.status.empty() || input.status.size() == n);
  assert(input.targets.empty() || input.targets.size() == n);
  assert(input.projects.empty() || input.projects.size() == n);
  assert(input.changes.empty() || input.changes.size() == n);
  const auto enterprises_by_link = zone.EnterprisesByLink()[input.chain];
  const std::vector<Detail> details = Details(chain, options);
  auto status_of = [&](std::size_t l) {
    return input.status.empty() ? std::nullopt : input.status[l];
  };

  const Wording& w = WordingFor(input.language);
  const auto count = [](std::size_t k) { return std::to_string(k); };
  MapScene scene;
  scene.kind = MapKind::kChain;
  scene.key = chain.id;
  scene.language = input.language;
  scene.title = Fill(w.chain_title,
                     {Ellipsize(NameIn(chain.name, w.language), kMaxTitleChars * w.name_chars)});
  if (options.part) {
    scene.title += " · " + options.part->title;
  } else if (options.stage) {
    scene.title += Fill(w.stage_detail, {w.stage[static_cast<std::size_t>(*options.stage)]});
  }
  scene.subtitle =
      Fill(w.as_of, {Ellipsize(NameIn(zone.name, w.language), kMaxTitleChars * w.name_chars),
                     chain.as_of.empty() ? zone.as_of : chain.as_of});
  scene.notes = SourcesLines(zone, chain, 4, w.language);
  if (!input.status_note.empty()) scene.notes.push_back(input.status_note);
  if (!options.stage && !options.part && n > options.max_full_links)
    scene.notes.push_back(Fill(w.compact_note, {count(n)}));
  if (options.part && !options.part->note.empty()) scene.notes.push_back(options.part->note);
  if (const std::size_t hidden = HiddenNeighbours(chain, details); hidden > 0)
    scene.notes.push_back(Fill(w.hidden_note, {count(hidden)}));
  scene.legend = Legend(input.status.empty(), w.language);
  scene.legend_note = std::string(w.legend_note);
  for (Stage stage : kStages)
    scene.bands.push_back(
        {std::string(w.stage[static_cast<std::size_t>(stage)]), std::string(ToString(stage))});

  std::vector<std::size_t> node_of(n, SIZE_MAX);
  static const std::vector<MapTarget> kNoTargets;
  static const std::vector<MapProject> kNoProjects;
  for (std::size_t l = 0; l < n; ++l) {
    if (details[l] == Detail::kHidden) continue;
    const Link& link = chain.links()[l];
    SceneNode node;
    node.key = link.id;
    node.band = static_cast<std::size_t>(link.stage);
    if (details[l] == Detail::kContext) {
      node.context = true;
      node.lines = NodeLines(link, std::nullopt, details[l], {}, {}, {}, {}, options, w);
    } else {
      node.status = status_of(l);
      node.lines =
          NodeLines(link, node.status, details[l], LocalEnterprises(zone, enterprises_by_link[l]),
                    input.projects.empty() ? kNoProjects : input.projects[l],
                    input.targets.empty() ? kNoTargets : input.targets[l],
                    input.changes.empty() ? std::string() : input.changes[l], options, w);
    }
    node_of[l] = scene.nodes.size();
    scene.nodes.push_back(std::move(node));
  }
  for (const Edge& e : chain.edges()) {
    if (node_of[e.from] == SIZE_MAX || node_of[e.to] == SIZE_MAX) continue;
    SceneEdge edge{node_of[e.from], node_of[e.to]};
    edge.backwards = chain.links()[e.from].stage > chain.links()[e.to].stage;
    scene.edges.push_back(edge);
  }
  return scene;
}

}  // namespace chainmap
