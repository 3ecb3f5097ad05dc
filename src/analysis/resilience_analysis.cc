#include "src/analysis/resilience_analysis.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace chainmap {

ResilienceAnalysis::ResilienceAnalysis(const Zone& zone, const LinkStatusAnalysis& status)
    : zone_(zone), status_(status) {}

Departure ResilienceAnalysis::Cascade(std::size_t enterprise, std::vector<LinkKey> failed) const {
  Departure out;
  out.enterprise = enterprise;
  std::sort(failed.begin(), failed.end());
  out.failed = failed;
  if (failed.empty()) return out;
  const auto& states = status_.states();
  std::map<std::size_t, std::vector<bool>> lost;  // by chain, touched chains only
  std::vector<LinkKey> work = failed;
  for (const LinkKey& k : failed) {
    auto& l = lost[k.chain];
    if (l.empty()) l.assign(states[k.chain].size(), false);
    l[k.link] = true;
  }
  while (!work.empty()) {
    const LinkKey k = work.back();
    work.pop_back();
    const auto& g = zone_.chains()[k.chain].graph().graph();
    auto& l = lost[k.chain];
    for (auto [it, e] = boost::out_edges(k.link, g); it != e; ++it) {
      const std::size_t w = boost::target(*it, g);
      if (l[w] || !states[k.chain][w].present()) continue;
      bool fed = false;
      for (auto [pi, pe] = boost::in_edges(w, g); pi != pe && !fed; ++pi) {
        const std::size_t u = boost::source(*pi, g);
        fed = states[k.chain][u].present() && !l[u];
      }
      if (fed) continue;
      l[w] = true;
      out.starved.push_back({k.chain, w});
      work.push_back({k.chain, w});
    }
  }
  std::sort(out.starved.begin(), out.starved.end());
  for (const auto& [chain, l] : lost) {
    ChainImpact impact{chain, 0, 0, 1};
    for (std::size_t i = 0; i < l.size(); ++i) {
      impact.present_before += states[chain][i].present();
      impact.lost += l[i];
    }
    impact.retained = static_cast<double>(impact.present_before - impact.lost) /
                      static_cast<double>(impact.present_before);
    out.chains.push_back(impact);
  }
  return out;
}

void ResilienceAnalysis::Run() {
  const auto& states = status_.states();
  sole_.clear();
  for (std::size_t c = 0; c < states.size(); ++c)
    for (std::size_t l = 0; l < states[c].size(); ++l)
      if (states[c][l].operator_count() == 1 && states[c][l].operators.size() == 1)
        sole_.emplace_back(states[c][l].operators.front(), LinkKey{c, l});
  std::sort(sole_.begin(), sole_.end());

  ranking_.clear();
  for (std::size_t i = 0; i < sole_.size();) {
    std::vector<LinkKey> links;
    const std::size_t e = sole_[i].first;
    for (; i < sole_.size() && sole_[i].first == e; ++i) links.push_back(sole_[i].second);
    ranking_.push_back(Cascade(e, std::move(links)));
  }
  const auto& enterprises = zone_.enterprises();
  std::sort(ranking_.begin(), ranking_.end(), [&](const Departure& a, const Departure& b) {
    if (a.damage() != b.damage()) return a.damage() > b.damage();
    return enterprises[a.enterprise].id < enterprises[b.enterprise].id;
  });

  chains_.assign(states.size(), {});
  for (std::size_t c = 0; c < states.size(); ++c)
    for (const LinkState& s : states[c]) chains_[c].present += s.present();
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
  ran_ = true;
}

Departure ResilienceAnalysis::Remove(std::size_t enterprise) const {
  if (!ran_) throw std::logic_error("ResilienceAnalysis: read before Run()");
  return Cascade(enterprise, SoleLinks(enterprise));
}

std::vector<LinkKey> ResilienceAnalysis::SoleLinks(std::size_t enterprise) const {
  std::vector<LinkKey> out;
  auto it = std::lower_bound(sole_.begin(), sole_.end(), std::pair{enterprise, LinkKey{0, 0}});
  for (; it != sole_.end() && it->first == enterprise; ++it) out.push_back(it->second);
  return out;
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
