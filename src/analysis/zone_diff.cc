#include "src/analysis/zone_diff.h"

#include <algorithm>
#include <map>
#include <set>

#include "src/analysis/zone_analysis.h"

namespace chainmap {
namespace {

/// What one side says about each link, by "chain/link".
struct LinkSide {
  std::string chain_name, link_name;
  LinkStatus status;
  GapType gap;
};

std::map<std::string, LinkSide> Links(const Zone& zone, const ZoneAnalysis& a) {
  std::map<std::string, LinkSide> out;
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      const LinkKey key{c, l};
      out[zone.QualifiedId(key)] = {chain.name.zh, chain.links()[l].name.zh,
                                    a.status().state(key).status, a.gaps().gaps()[c][l]};
    }
  }
  return out;
}

/// The top targets as (link, candidate) → (rank, names).
struct TopEntry {
  std::size_t rank;
  std::string link_name, candidate_name;
};

std::map<std::pair<std::string, std::string>, TopEntry> Top(const Zone& zone, const ZoneAnalysis& a,
                                                            std::size_t top) {
  std::map<std::pair<std::string, std::string>, TopEntry> out;
  const auto& targets = a.targets().targets();
  for (std::size_t i = 0; i < targets.size() && i < top; ++i) {
    const Target& t = targets[i];
    const Enterprise& e = zone.enterprises()[t.candidate];
    out[{zone.QualifiedId(t.link), e.id}] = {i + 1, zone.link(t.link).name.zh, e.DisplayName()};
  }
  return out;
}

}  // namespace

ZoneDiff DiffZones(const Zone& old_zone, const Zone& new_zone, std::size_t top) {
  ZoneDiff d;
  d.old_as_of = old_zone.as_of;
  d.new_as_of = new_zone.as_of;
  d.top = top;

  std::map<std::string, ProjectChange> projects;
  for (const Project& p : old_zone.projects()) {
    ProjectChange& c = projects[p.id];
    c.id = p.id, c.name = p.name, c.old_stage = p.stage, c.old_investment = p.investment;
  }
  for (const Project& p : new_zone.projects()) {
    ProjectChange& c = projects[p.id];
    c.id = p.id, c.name = p.name, c.new_stage = p.stage, c.new_investment = p.investment;
  }
  for (const auto& [id, c] : projects) {
    if (!c.old_stage) {
      d.added.push_back(c);
    } else if (!c.new_stage) {
      d.removed.push_back(c);
    } else {
      if (*c.new_stage > *c.old_stage) d.advanced.push_back(c);
      if (*c.new_stage < *c.old_stage) d.set_back.push_back(c);
      if (c.old_investment != c.new_investment) d.amount_changed.push_back(c);
    }
  }

  // The list planners see (chainmap targets): at most three candidates per gap link.
  const ZoneAnalysisOptions options{std::nullopt, TargetOptions{kCandidatesPerLink}};
  ZoneAnalysis old_analysis(old_zone, options), new_analysis(new_zone, options);
  old_analysis.Run();
  new_analysis.Run();
  const auto old_links = Links(old_zone, old_analysis), new_links = Links(new_zone, new_analysis);
  std::set<std::string> link_ids;
  for (const auto& [id, side] : old_links) link_ids.insert(id);
  for (const auto& [id, side] : new_links) link_ids.insert(id);
  for (const std::string& id : link_ids) {
    const auto o = old_links.find(id), n = new_links.find(id);
    LinkChange c;
    c.link = id;
    const LinkSide& named = n != new_links.end() ? n->second : o->second;
    c.chain_name = named.chain_name, c.link_name = named.link_name;
    if (o != old_links.end()) c.old_status = o->second.status, c.old_gap = o->second.gap;
    if (n != new_links.end()) c.new_status = n->second.status, c.new_gap = n->second.gap;
    if (c.old_status != c.new_status || c.old_gap != c.new_gap) d.links.push_back(std::move(c));
  }

  d.completeness.push_back({"", new_zone.name.zh, old_analysis.gaps().zone_completeness().value,
                            new_analysis.gaps().zone_completeness().value});
  std::map<std::string, CompletenessChange> chains;
  for (std::size_t c = 0; c < old_zone.chains().size(); ++c) {
    CompletenessChange& x = chains[old_zone.chains()[c].id];
    x.chain = old_zone.chains()[c].id, x.name = old_zone.chains()[c].name.zh;
    x.old_value = old_analysis.gaps().chains()[c].total.value;
  }
  for (std::size_t c = 0; c < new_zone.chains().size(); ++c) {
    CompletenessChange& x = chains[new_zone.chains()[c].id];
    x.chain = new_zone.chains()[c].id, x.name = new_zone.chains()[c].name.zh;
    x.new_value = new_analysis.gaps().chains()[c].total.value;
  }
  for (auto& [id, x] : chains) d.completeness.push_back(std::move(x));

  const auto old_top = Top(old_zone, old_analysis, top), new_top = Top(new_zone, new_analysis, top);
  for (const auto& [key, e] : old_top)
    if (!new_top.count(key))
      d.targets.push_back({key.first, e.link_name, key.second, e.candidate_name, e.rank, false});
  for (const auto& [key, e] : new_top)
    if (!old_top.count(key))
      d.targets.push_back({key.first, e.link_name, key.second, e.candidate_name, e.rank, true});
  // As a reader scans them: those that left by their old place, then those that entered by
  // their new place.
  std::stable_sort(d.targets.begin(), d.targets.end(),
                   [](const TargetChange& a, const TargetChange& b) {
                     return std::pair(a.entered, a.rank) < std::pair(b.entered, b.rank);
                   });
  return d;
}

}  // namespace chainmap
