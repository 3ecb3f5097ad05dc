#include "src/analysis/resilience_analysis.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace chainmap {

ResilienceAnalysis::ResilienceAnalysis(const Zone& zone, const LinkStatusAnalysis& status,
                                       const GapAnalysis* gaps, const TargetRanking* targets)
    : zone_(zone), status_(status), gaps_(gaps), targets_(targets) {}

double ResilienceAnalysis::Credit(LinkStatus status) const {
  switch (status) {
    case LinkStatus::kStrong:
      return 1;
    case LinkStatus::kWeak:
      return zone_.settings.weak_credit;
    case LinkStatus::kFilling:
      return zone_.settings.filling_credit;
    case LinkStatus::kMissing:
      return 0;
  }
  return 0;
}

LinkStatus ResilienceAnalysis::StatusWithout(std::size_t enterprise, LinkKey key) const {
  const LinkState& state = status_.state(key);
  const auto& ops = state.operators;
  if (!std::binary_search(ops.begin(), ops.end(), enterprise)) return state.status;
  // The link's counts less the leaving firm's share. Scanning every other operator here
  // made Run() quadratic in a link's operators (100k imported firms: minutes); only a
  // leaving 链主 needs to look for another one, and 链主 are few.
  const Enterprise& leaving = zone_.enterprises()[enterprise];
  bool leader = state.has_leader;
  if (leaving.role == Role::kLeader)
    leader = std::any_of(ops.begin(), ops.end(), [&](std::size_t e) {
      return e != enterprise && zone_.enterprises()[e].role == Role::kLeader;
    });
  const std::size_t scale = state.scale_count - (leaving.HasTag("规上") ? 1 : 0);
  const std::size_t strong_min = static_cast<std::size_t>(zone_.settings.strong_min_scale);
  if (leader || (scale >= strong_min && scale > 0)) return LinkStatus::kStrong;
  if (state.operator_count() > 1) return LinkStatus::kWeak;
  return state.filling_projects.empty() ? LinkStatus::kMissing : LinkStatus::kFilling;
}

Departure ResilienceAnalysis::Remove(std::size_t enterprise) const {
  if (!ran_) throw std::logic_error("ResilienceAnalysis: read before Run()");
  Departure out;
  out.enterprise = enterprise;
  const Enterprise& e = zone_.enterprises()[enterprise];
  if (!e.local) return out;
  std::map<LinkKey, LinkStatus> changed;
  std::vector<LinkKey> links = e.links;
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  for (const LinkKey& k : links) {
    const LinkStatus before = status_.state(k).status, after = StatusWithout(enterprise, k);
    if (before == after) continue;
    changed[k] = after;
    out.completeness_lost += (Credit(before) - Credit(after)) / double(total_links_);
    if (after == LinkStatus::kWeak)
      out.weakened.push_back(k);
    else if (after != LinkStatus::kStrong)
      out.failed.push_back(k);
  }
  if (changed.empty()) return out;
  auto status_of = [&](LinkKey k) {
    auto it = changed.find(k);
    return it == changed.end() ? status_.state(k).status : it->second;
  };
  auto present_after = [&](LinkKey k) {
    const LinkStatus s = status_of(k);
    return s == LinkStatus::kStrong || s == LinkStatus::kWeak;
  };

  // Starved: present links all of whose present inputs (chain and cross edges) failed.
  std::set<LinkKey> candidates;
  for (const LinkKey& k : out.failed) {
    for (std::size_t w : zone_.chains()[k.chain].graph().Successors(k.link))
      candidates.insert({k.chain, w});
    for (const CrossEdge& x : zone_.cross_edges)
      if (x.from == k) candidates.insert(x.to);
  }
  for (const LinkKey& k : candidates) {
    if (!present_after(k)) continue;
    bool had = false, fed = false;
    auto input = [&](LinkKey u) {
      if (!status_.state(u).present()) return;
      had = true;
      fed = fed || present_after(u);
    };
    for (std::size_t u : zone_.chains()[k.chain].graph().Predecessors(k.link)) input({k.chain, u});
    for (const CrossEdge& x : zone_.cross_edges)
      if (x.to == k) input(x.from);
    if (had && !fed) out.starved.push_back(k);
  }

  std::set<std::size_t> touched;
  for (const auto& [k, s] : changed) {
    touched.insert(k.chain);
    for (const CrossEdge& x : zone_.cross_edges) {
      if (x.from == k) touched.insert(x.to.chain);
      if (x.to == k) touched.insert(x.from.chain);
    }
  }
  for (std::size_t c : touched) {
    ChainImpact impact{c, chains_[c].present, 0, 1};
    impact.lost = static_cast<std::size_t>(std::count_if(
        out.failed.begin(), out.failed.end(), [&](const LinkKey& k) { return k.chain == c; }));
    if (std::none_of(changed.begin(), changed.end(),
                     [&](const auto& x) { return x.first.chain == c; }))
      continue;
    if (impact.present_before > 0)
      impact.retained = double(impact.present_before - impact.lost) / double(impact.present_before);
    out.chains.push_back(impact);
  }

  if (gaps_)
    for (std::size_t c : touched) AppendFlipped(c, out.failed, changed, status_of, out.flipped);
  if (targets_) {
    std::set<LinkKey> hit(out.flipped.begin(), out.flipped.end());
    for (const auto& [k, s] : changed) hit.insert(k);
    // Relatedness changes where a link stops being present, and around it.
    std::set<LinkKey> related(out.failed.begin(), out.failed.end());
    for (const LinkKey& k : out.failed) {
      for (std::size_t u : zone_.chains()[k.chain].graph().Predecessors(k.link))
        related.insert({k.chain, u});
      for (std::size_t w : zone_.chains()[k.chain].graph().Successors(k.link))
        related.insert({k.chain, w});
      for (const CrossEdge& x : zone_.cross_edges) {
        if (x.from == k) related.insert(x.to);
        if (x.to == k) related.insert(x.from);
      }
    }
    std::set<std::size_t> changes;
    for (const LinkKey& k : hit)
      for (std::size_t i : targets_->by_link()[k.chain][k.link]) changes.insert(i);
    for (const LinkKey& k : related)
      for (std::size_t i : targets_by_link_[k.chain][k.link]) changes.insert(i);
    if (auto it = targets_by_tie_.find(enterprise); it != targets_by_tie_.end())
      changes.insert(it->second.begin(), it->second.end());
    out.targets_changed.assign(changes.begin(), changes.end());
  }
  return out;
}

void ResilienceAnalysis::IndexSolePresence() {
  const auto status_of = [&](LinkKey k) { return status_.state(k).status; };
  presence_.clear();
  dependents_.assign(zone_.chains().size(), {});
  for (std::size_t c = 0; c < zone_.chains().size(); ++c) {
    presence_.push_back(FindChainPresence(zone_, c, status_of));
    const SolePresence& beyond = presence_.back().beyond;
    dependents_[c].resize(beyond.up.size());
    for (std::size_t v = 0; v < beyond.up.size(); ++v) {
      if (beyond.up[v] >= 0) dependents_[c][std::size_t(beyond.up[v])].push_back(v);
      if (beyond.down[v] >= 0 && beyond.down[v] != beyond.up[v])
        dependents_[c][std::size_t(beyond.down[v])].push_back(v);
    }
  }
}

void ResilienceAnalysis::AppendFlipped(std::size_t c, const std::vector<LinkKey>& failed,
                                       const std::map<LinkKey, LinkStatus>& changed,
                                       const std::function<LinkStatus(LinkKey)>& status_of,
                                       std::vector<LinkKey>& flipped) const {
  const std::vector<GapType>& before = gaps_->gaps()[c];
  // Links of this chain that lose local presence, and whether one elsewhere feeds it.
  std::vector<std::size_t> lost_here;
  bool lost_across = false;
  auto lost = [&](LinkKey k) {
    return status_.state(k).present() && std::binary_search(failed.begin(), failed.end(), k);
  };
  for (const LinkKey& k : failed)
    if (k.chain == c && lost(k)) lost_here.push_back(k.link);
  for (const CrossEdge& x : zone_.cross_edges)
    lost_across =
        lost_across || (x.to.chain == c && lost(x.from)) || (x.from.chain == c && lost(x.to));
  if (lost_here.size() > 1 || lost_across) {
    // Rare: several losses reach this chain. Type every link again.
    const std::vector<GapType> after = ChainGapTypes(zone_, c, status_of);
    for (std::size_t l = 0; l < after.size(); ++l)
      if (after[l] != before[l]) flipped.push_back({c, l});
    return;
  }
  // At most one link X loses presence: only the links whose status changed and those X
  // was the one local link upstream or downstream of can change type. Keeps a departure's
  // cost independent of the chain's length (a 20,000-link chain took minutes before).
  std::vector<std::size_t> affected;
  for (const auto& [k, s] : changed)
    if (k.chain == c) affected.push_back(k.link);
  const std::ptrdiff_t gone =
      lost_here.empty() ? SolePresence::kNone : std::ptrdiff_t(lost_here[0]);
  if (!lost_here.empty())
    affected.insert(affected.end(), dependents_[c][lost_here[0]].begin(),
                    dependents_[c][lost_here[0]].end());
  std::sort(affected.begin(), affected.end());
  affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
  const ChainPresence& p = presence_[c];
  auto remains = [&](std::ptrdiff_t label) {
    return label != SolePresence::kNone && label != gone;
  };
  for (const std::size_t v : affected) {
    const GapType after = GapTypeOf(status_of({c, v}), remains(p.beyond.up[v]) || p.cross_up[v],
                                    remains(p.beyond.down[v]) || p.cross_down[v]);
    if (after != before[v]) flipped.push_back({c, v});
  }
}

void ResilienceAnalysis::Run() {
  const auto& states = status_.states();
  total_links_ = 0;
  for (const auto& chain : states) total_links_ += chain.size();
  ran_ = true;
  targets_by_link_.assign(states.size(), {});
  targets_by_tie_.clear();
  for (std::size_t c = 0; c < states.size(); ++c) targets_by_link_[c].resize(states[c].size());
  if (targets_) {
    const auto& targets = targets_->targets();
    for (std::size_t i = 0; i < targets.size(); ++i) {
      for (const LinkKey& k : zone_.enterprises()[targets[i].candidate].links)
        targets_by_link_[k.chain][k.link].push_back(i);
      if (const auto tied = targets_->TiedTo(targets[i].candidate))
        targets_by_tie_[*tied].push_back(i);
    }
  }
  chains_.assign(states.size(), {});
  for (std::size_t c = 0; c < states.size(); ++c)
    for (const LinkState& s : states[c]) chains_[c].present += s.present();
  if (gaps_) IndexSolePresence();
  ranking_.clear();
  // Local operators (a scenario adds the firms of projects assumed built), found without
  // reading each operator's record.
  std::vector<bool> local(zone_.enterprises().size(), false), operates(local.size(), false);
  for (std::size_t e : status_.locals()) local[e] = true;
  for (const auto& chain : states)
    for (const LinkState& s : chain)
      for (std::size_t e : s.operators)
        if (local[e]) operates[e] = true;
  for (std::size_t e = 0; e < operates.size(); ++e) {
    if (!operates[e]) continue;
    Departure d = Remove(e);
    if (!d.failed.empty() || !d.weakened.empty()) ranking_.push_back(std::move(d));
  }
  const auto& enterprises = zone_.enterprises();
  std::sort(ranking_.begin(), ranking_.end(), [&](const Departure& a, const Departure& b) {
    if (a.completeness_lost != b.completeness_lost)
      return a.completeness_lost > b.completeness_lost;
    if (a.damage() != b.damage()) return a.damage() > b.damage();
    return enterprises[a.enterprise].id < enterprises[b.enterprise].id;
  });

  for (const Departure& d : ranking_)
    for (const ChainImpact& impact : d.chains) {
      ChainResilience& r = chains_[impact.chain];
      const bool tie = impact.retained == r.worst_retained && r.worst_enterprise &&
                       enterprises[d.enterprise].id < enterprises[*r.worst_enterprise].id;
      if (impact.retained < r.worst_retained || tie) {
        r.worst_retained = impact.retained;
        r.worst_enterprise = d.enterprise;
      }
    }
}

const std::vector<Departure>& ResilienceAnalysis::ranking() const {
  if (!ran_) throw std::logic_error("ResilienceAnalysis: read before Run()");
  return ranking_;
}

const std::vector<ChainResilience>& ResilienceAnalysis::chains() const {
  if (!ran_) throw std::logic_error("ResilienceAnalysis: read before Run()");
  return chains_;
}

}  // namespace chainmap
