#include "render/zone_overview.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <set>

#include "render/html_text.h"
#include "render/map_style.h"
#include "src/io/source_citation.h"
#include "src/model/source_text.h"

namespace chainmap {
namespace {

/// A chain's card: name, English name, then (drawn from `counts` and `completeness`)
/// the completeness, the bar and the counts, then the links by stage.
SceneNode Card(const Chain& chain, const std::vector<std::optional<LinkStatus>>& status,
               std::optional<double> completeness, const Wording& w) {
  StatusCounts counts{};
  for (std::size_t l = 0; l < chain.links().size(); ++l) {
    const auto s = status.empty() ? std::nullopt : status[l];
    ++counts[s ? static_cast<std::size_t>(s.value()) : 4];
  }
  std::array<int, 3> per_stage{};
  for (const Link& l : chain.links()) ++per_stage[static_cast<int>(l.stage)];
  SceneNode card;
  card.key = chain.id;
  card.kind = SceneNodeKind::kCard;
  card.completeness = completeness;
  card.counts = counts;
  card.lines.push_back(
      {Ellipsize(NameIn(chain.name, w.language), 12 * w.name_chars), SceneTextRole::kTitle});
  card.lines.push_back(
      {Fill(w.card_links, {std::to_string(chain.links().size()), std::to_string(per_stage[0]),
                           std::to_string(per_stage[1]), std::to_string(per_stage[2])}),
       SceneTextRole::kMuted});
  return card;
}

}  // namespace

MapScene OverviewScene(const ZoneOverviewInput& input) {
  assert(input.zone);
  const Zone& zone = *input.zone;
  const std::size_t chains = zone.chains().size();
  assert(input.status.empty() || input.status.size() == chains);
  std::size_t links = 0;
  for (const Chain& c : zone.chains()) links += c.links().size();

  const Wording& w = WordingFor(input.language);
  MapScene scene;
  scene.kind = MapKind::kOverview;
  scene.key = zone.id;
  scene.language = input.language;
  scene.title = Fill(w.overview_title,
                     {Ellipsize(NameIn(zone.name, w.language), kMaxTitleChars * w.name_chars)});
  scene.subtitle =
      Fill(w.overview_subtitle, {zone.as_of, std::to_string(chains), std::to_string(links),
                                 std::to_string(zone.cross_edges.size())});
  scene.notes = SourcesNote(CitedSources(zone, zone.source, false, w.language), 3,
                            kSourceLineChars * w.name_chars, w.language);
  scene.notes.back() += w.overview_sources;
  if (!input.status_note.empty()) scene.notes.push_back(input.status_note);
  scene.notes.push_back(std::string(w.overview_note));
  scene.legend = Legend(input.status.empty(), w.language);
  scene.legend_note = std::string(w.legend_note);

  // The links that take part in cross-chain edges, per chain, by stage then link order.
  std::vector<std::set<std::pair<Stage, std::size_t>>> boundary(chains);
  for (const CrossEdge& e : zone.cross_edges)
    for (const LinkKey& k : {e.from, e.to}) boundary[k.chain].insert({zone.link(k).stage, k.link});
  std::vector<std::vector<std::size_t>> node_of(chains);
  for (std::size_t c = 0; c < chains; ++c) {
    const Chain& chain = zone.chains()[c];
    static const std::vector<std::optional<LinkStatus>> kUnknown;
    const auto& status = input.status.empty() ? kUnknown : input.status[c];
    const std::optional<double> completeness =
        c < input.completeness.size() ? input.completeness[c] : std::nullopt;
    scene.bands.push_back({"", chain.id});
    SceneNode card = Card(chain, status, completeness, w);
    card.band = c;
    scene.nodes.push_back(std::move(card));
    node_of[c].assign(chain.links().size(), SIZE_MAX);
    for (const auto& [stage, l] : boundary[c]) {
      SceneNode node;
      node.key = zone.QualifiedId({c, l});
      node.kind = SceneNodeKind::kSmallLink;
      node.band = c;
      node.status = status.empty() ? std::nullopt : status[l];
      node.lines.push_back({Ellipsize(NameIn(chain.links()[l].name, w.language), 12 * w.name_chars),
                            SceneTextRole::kTitle});
      node_of[c][l] = scene.nodes.size();
      scene.nodes.push_back(std::move(node));
    }
  }
  for (const CrossEdge& e : zone.cross_edges) {
    SceneEdge edge{node_of[e.from.chain][e.from.link], node_of[e.to.chain][e.to.link]};
    edge.cross_chain = true;
    scene.edges.push_back(edge);
  }
  return scene;
}

}  // namespace chainmap
