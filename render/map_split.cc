#include "render/map_split.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <map>

#include "render/html_text.h"
#include "render/map_style.h"

namespace chainmap {
namespace {

/// Each link's depth: the longest path to it from a link nothing feeds, over the edges
/// that go with the stages; links on a cycle take the depth reached before it.
std::vector<std::size_t> Depths(const Chain& chain) {
  const std::size_t n = chain.links().size();
  std::vector<std::vector<std::size_t>> out(n);
  std::vector<std::size_t> in_degree(n, 0), depth(n, 0);
  for (const Edge& e : chain.edges()) {
    if (chain.links()[e.from].stage > chain.links()[e.to].stage || e.from == e.to) continue;
    out[e.from].push_back(e.to);
    ++in_degree[e.to];
  }
  std::vector<std::size_t> ready;
  for (std::size_t l = n; l-- > 0;)
    if (in_degree[l] == 0) ready.push_back(l);
  std::vector<bool> done(n, false);
  std::size_t next_unvisited = 0;
  for (std::size_t visited = 0; visited < n; ++visited) {
    if (ready.empty()) {  // a cycle: go on from the first link not reached
      while (done[next_unvisited]) ++next_unvisited;
      ready.push_back(next_unvisited);
      in_degree[next_unvisited] = 0;
    }
    const std::size_t l = ready.back();
    ready.pop_back();
    done[l] = true;
    for (std::size_t m : out[l]) {
      depth[m] = std::max(depth[m], depth[l] + 1);
      if (in_degree[m] > 0 && --in_degree[m] == 0 && !done[m]) ready.push_back(m);
    }
  }
  return depth;
}

std::string PartTitle(Stage stage, std::size_t k, std::size_t of, const Wording& w) {
  const std::string_view stage_name = w.stage[static_cast<std::size_t>(stage)];
  return of > 1 ? Fill(w.part_title, {stage_name, std::to_string(k + 1)}) : std::string(stage_name);
}

}  // namespace

ChainMapPlan PlanChainMaps(const Chain& chain, const MapLimits& limits, bool allow_any,
                           Language language) {
  const Wording& w = WordingFor(language);
  const std::size_t n = chain.links().size();
  ChainMapPlan plan;
  if (n <= limits.max_links) return plan;
  const std::vector<std::size_t> depth = Depths(chain);
  std::size_t total_parts = 0;
  std::array<std::vector<std::size_t>, 3> by_stage;
  for (std::size_t l = 0; l < n; ++l)
    by_stage[static_cast<std::size_t>(chain.links()[l].stage)].push_back(l);
  for (auto& links : by_stage)
    total_parts += (links.size() + limits.part_links - 1) / limits.part_links;
  if (total_parts > limits.max_parts && !allow_any) {
    throw MapTooLargeError("chain '" + chain.id + "' has " + std::to_string(n) +
                           " links, more than its maps can " + "show (an index of at most " +
                           std::to_string(limits.max_parts) + " parts of " +
                           std::to_string(limits.part_links) +
                           " links: " + std::to_string(limits.max_parts * limits.part_links) +
                           " links); draw it a part at a " + "time (chainmap render --chain " +
                           chain.id + " --part N, N from 1 to " + std::to_string(total_parts) +
                           "), or split it into several chains in zone.json");
  }
  for (std::size_t s = 0; s < by_stage.size(); ++s) {
    auto& links = by_stage[s];
    if (links.empty()) continue;
    std::stable_sort(links.begin(), links.end(),
                     [&](std::size_t a, std::size_t b) { return depth[a] < depth[b]; });
    const std::size_t parts = (links.size() + limits.part_links - 1) / limits.part_links;
    for (std::size_t k = 0; k < parts; ++k) {
      // Equal sizes: part k takes links [k·size/parts, (k+1)·size/parts).
      const std::size_t begin = k * links.size() / parts, end = (k + 1) * links.size() / parts;
      ChainPart part;
      part.title = PartTitle(static_cast<Stage>(s), k, parts, w);
      part.links.insert(links.begin() + static_cast<std::ptrdiff_t>(begin),
                        links.begin() + static_cast<std::ptrdiff_t>(end));
      part.note = Fill(w.part_note, {std::to_string(n), std::to_string(total_parts),
                                     std::to_string(plan.parts.size() + 1), part.title,
                                     std::to_string(end - begin)});
      plan.parts.push_back(std::move(part));
    }
  }
  return plan;
}

void CheckMapSizes(const Zone& zone, const MapLimits& limits) {
  for (const Chain& chain : zone.chains()) {
    std::size_t parts = 0;
    std::array<std::size_t, 3> per_stage{};
    for (const Link& l : chain.links()) ++per_stage[static_cast<std::size_t>(l.stage)];
    for (std::size_t count : per_stage)
      parts += (count + limits.part_links - 1) / limits.part_links;
    if (chain.links().size() > limits.max_links && parts > limits.max_parts)
      PlanChainMaps(chain, limits);  // throws with the advice
  }
}

MapScene ChainIndexScene(const ChainMapInput& input, const ChainMapPlan& plan,
                         const std::vector<std::string>& part_links) {
  assert(input.zone && input.chain < input.zone->chains().size());
  const Zone& zone = *input.zone;
  const Chain& chain = zone.chains()[input.chain];
  const auto enterprises_by_link = zone.EnterprisesByLink()[input.chain];
  MapScene scene;
  scene.kind = MapKind::kIndex;
  scene.key = chain.id;
  const Wording& w = WordingFor(input.language);
  scene.language = input.language;
  scene.title = Fill(w.index_title,
                     {Ellipsize(NameIn(chain.name, w.language), kMaxTitleChars * w.name_chars)});
  scene.subtitle =
      Fill(w.as_of, {Ellipsize(NameIn(zone.name, w.language), kMaxTitleChars * w.name_chars),
                     chain.as_of.empty() ? zone.as_of : chain.as_of}) +
      Fill(w.index_subtitle,
           {std::to_string(chain.links().size()), std::to_string(plan.parts.size())});
  if (!input.status_note.empty()) scene.notes.push_back(input.status_note);
  scene.notes.push_back(std::string(w.index_note));
  scene.legend = Legend(input.status.empty(), w.language);
  scene.legend_note = std::string(w.legend_note);
  for (Stage stage : {Stage::kUpstream, Stage::kMidstream, Stage::kDownstream})
    scene.bands.push_back(
        {std::string(w.stage[static_cast<std::size_t>(stage)]), std::string(ToString(stage))});

  std::vector<std::size_t> part_of(chain.links().size(), 0);
  for (std::size_t k = 0; k < plan.parts.size(); ++k) {
    const ChainPart& part = plan.parts[k];
    SceneNode card;
    card.key = chain.id + "#" + std::to_string(k + 1);
    card.kind = SceneNodeKind::kCard;
    StatusCounts counts{};
    std::size_t local = 0;
    for (std::size_t l : part.links) {
      part_of[l] = k;
      const auto s = input.status.empty() ? std::nullopt : input.status[l];
      ++counts[s ? static_cast<std::size_t>(*s) : 4];
      for (std::size_t e : enterprises_by_link[l]) local += zone.enterprises()[e].local;
    }
    card.counts = counts;
    card.band = static_cast<std::size_t>(chain.links()[*part.links.begin()].stage);
    card.lines.push_back(
        {Fill(w.card_part, {std::to_string(k + 1), part.title}), SceneTextRole::kTitle});
    card.lines.push_back(
        {Fill(w.card_first_link,
              {Ellipsize(NameIn(chain.links()[*part.links.begin()].name, w.language),
                         10 * w.name_chars),
               std::to_string(part.links.size())}),
         SceneTextRole::kMuted});
    card.lines.push_back({Fill(w.card_local, {std::to_string(local)}), SceneTextRole::kMuted});
    if (k < part_links.size()) card.link = part_links[k];
    scene.nodes.push_back(std::move(card));
  }
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> between;
  for (const Edge& e : chain.edges())
    if (part_of[e.from] != part_of[e.to]) ++between[{part_of[e.from], part_of[e.to]}];
  for (const auto& [parts, count] : between) {
    SceneEdge edge{parts.first, parts.second};
    edge.count = count;
    edge.backwards = scene.nodes[parts.first].band > scene.nodes[parts.second].band;
    scene.edges.push_back(edge);
  }
  return scene;
}

}  // namespace chainmap
