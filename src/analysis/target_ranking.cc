#include "src/analysis/target_ranking.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include "src/analysis/present_neighbours.h"
#include "src/model/rounding.h"

namespace chainmap {

double StageShare(ProjectStage stage) {
  switch (stage) {
    case ProjectStage::kPlanned:
      return 0.4;
    case ProjectStage::kNegotiating:
      return 0.6;
    case ProjectStage::kSigned:
      return 0.8;
    case ProjectStage::kConstruction:
      return 0.9;
    case ProjectStage::kOperating:
      return 1;
  }
  return 0;
}

double InvestmentShare(std::optional<double> investment) {
  if (!investment) return 0;
  return std::min(1.0, std::log10(1 + *investment) / 2);
}

TargetRanking::TargetRanking(const Zone& zone, const LinkStatusAnalysis& status,
                             const GapAnalysis& gaps, const CriticalityAnalysis& criticality,
                             TargetOptions options)
    : zone_(zone),
      status_(status),
      gaps_(gaps),
      criticality_(criticality),
      options_(options),
      weights_(options.weights.value_or(zone.settings.target_weights)) {}

void TargetRanking::ComputePriorities() {
  const auto& gaps = gaps_.gaps();
  const auto& crit = criticality_.links();
  maxima_.assign(gaps.size(), {});
  for (std::size_t c = 0; c < gaps.size(); ++c)
    for (const LinkCriticality& m : crit[c]) {
      maxima_[c].gain = std::max(maxima_[c].gain, m.gain);
      maxima_[c].dominated = std::max(maxima_[c].dominated, m.dominated);
      maxima_[c].betweenness = std::max(maxima_[c].betweenness, m.betweenness);
    }
  local_neighbours_ = PresentNeighbours(zone_, status_);
  priorities_.assign(gaps.size(), {});
  for (std::size_t c = 0; c < gaps.size(); ++c) {
    priorities_[c].resize(gaps[c].size());
    for (std::size_t l = 0; l < gaps[c].size(); ++l)
      if (gaps[c][l] != GapType::kNone) priorities_[c][l] = Priority(c, l, gaps[c][l]);
  }
}

GapPriority TargetRanking::Priority(std::size_t c, std::size_t l, GapType type) const {
  const LinkCriticality& m = criticality_.links()[c][l];
  const ChainMaxima& most = maxima_[c];
  const double w = weights_.gap;
  auto share = [](double value, double largest) { return largest > 0 ? value / largest : 0.0; };
  GapPriority p;
  p.type = Round2(w * (type == GapType::kFill     ? 1.0 / 2
                       : type == GapType::kExtend ? 1.0 / 3
                                                  : 1.0 / 6));
  p.gain = Round2(w / 8 * share(double(m.gain), double(most.gain)));
  p.dominance = Round2(w / 8 * share(double(m.dominated), double(most.dominated)));
  p.centrality = Round2(w / 8 * share(m.betweenness, most.betweenness));
  p.local_neighbours = local_neighbours_[c][l];
  p.adjacency = Round2(w / 8 * double(p.local_neighbours) / double(p.local_neighbours + 1));
  p.halved = status_.states()[c][l].status == LinkStatus::kFilling;
  p.total =
      Round2((p.type + p.gain + p.dominance + p.centrality + p.adjacency) * (p.halved ? 0.5 : 1.0));
  return p;
}

void TargetRanking::Run() {
  ComputePriorities();
  signals_ = std::make_unique<CandidateSignalTable>(zone_, status_);
  const auto& gaps = gaps_.gaps();
  const auto& enterprises = zone_.enterprises();
  auto pursued = [&](LinkKey k) {
    return options_.include_not_pursued || zone_.link(k).scope.pursued;
  };
  auto operates = [&](std::size_t e, LinkKey k) {
    const auto& ops = status_.state(k).operators;
    return !ops.empty() && std::binary_search(ops.begin(), ops.end(), e);
  };

  // Each external firm's most advanced project per link, as its enterprise or a partner.
  std::unordered_map<std::size_t, std::vector<std::pair<LinkKey, std::size_t>>> projects;
  std::vector<bool> has_project(enterprises.size(), false);
  for (std::size_t p = 0; p < zone_.projects().size(); ++p) {
    const Project& project = zone_.projects()[p];
    std::vector<std::size_t> firms = project.partners;
    if (project.enterprise) firms.push_back(*project.enterprise);
    for (std::size_t e : firms) {
      if (enterprises[e].local) continue;
      has_project[e] = true;
      auto& list = projects[e];
      for (const LinkKey& k : project.links) {
        auto it =
            std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.first == k; });
        if (it == list.end())
          list.emplace_back(k, p);
        else if (zone_.projects()[it->second].stage < project.stage ||
                 (zone_.projects()[it->second].stage == project.stage &&
                  zone_.projects()[it->second].investment.value_or(0) <
                      project.investment.value_or(0)))
          it->second = p;
      }
    }
  }
  auto best_project = [&](std::size_t e, LinkKey k) -> std::optional<std::size_t> {
    auto it = projects.find(e);
    if (it == projects.end()) return std::nullopt;
    for (const auto& [key, p] : it->second)
      if (key == k) return p;
    return std::nullopt;
  };

  // Rows: (link, candidate) for every external candidate on a gap link, and every firm in
  // talks on its project's links; each pair once.
  all_.clear();
  auto add_row = [&](LinkKey k, std::size_t e) {
    Target t;
    t.link = k;
    t.candidate = e;
    t.gap = gaps[k.chain][k.link] == GapType::kNone ? GapType::kStrengthen : gaps[k.chain][k.link];
    t.project = best_project(e, k);
    t.in_talks = t.project && zone_.projects()[*t.project].stage >= ProjectStage::kNegotiating;
    all_.push_back(t);
  };
  for (std::size_t e = 0; e < enterprises.size(); ++e) {
    if (enterprises[e].local) continue;
    for (const LinkKey& k : enterprises[e].links)
      if (gaps[k.chain][k.link] != GapType::kNone && pursued(k) && !operates(e, k)) add_row(k, e);
  }
  for (const auto& [e, list] : projects)
    for (const auto& [k, p] : list)
      if (zone_.projects()[p].stage >= ProjectStage::kNegotiating && pursued(k) && !operates(e, k))
        add_row(k, e);
  std::sort(all_.begin(), all_.end(), [](const Target& a, const Target& b) {
    return std::pair{a.link, a.candidate} < std::pair{b.link, b.candidate};
  });
  all_.erase(std::unique(all_.begin(), all_.end(),
                         [](const Target& a, const Target& b) {
                           return a.link == b.link && a.candidate == b.candidate;
                         }),
             all_.end());

  for (Target& t : all_) {
    const CandidateSignals& s = signals_->Get(t.candidate);
    TargetScore& score = t.score;
    score.gap = priorities_[t.link.chain][t.link.link].total;
    if (gaps[t.link.chain][t.link.link] == GapType::kNone)  // served by a project in talks
      score.gap = Priority(t.link.chain, t.link.link, GapType::kStrengthen).total;
    double named = 0;
    if (t.project) {
      const Project& p = zone_.projects()[*t.project];
      named = 0.6 * StageShare(p.stage) + 0.4 * InvestmentShare(p.investment);
    } else if (has_project[t.candidate] || s.in_documents) {
      named = 0.2;
    }
    score.named = Round2(weights_.named * named);
    score.distance = Round2(weights_.distance * s.distance);
    score.scale = Round2(weights_.scale * s.scale);
    score.relatedness = Round2(weights_.relatedness * s.relatedness);
    score.ties = Round2(weights_.ties * s.ties);
    score.total = Round2(score.gap + score.named + score.distance + score.scale +
                         score.relatedness + score.ties);
  }

  // Qualified link ids, for the tie-break, made once per link that has rows.
  std::vector<std::size_t> offset(gaps.size() + 1, 0);
  for (std::size_t c = 0; c < gaps.size(); ++c) offset[c + 1] = offset[c] + gaps[c].size();
  auto flat = [&](LinkKey k) { return offset[k.chain] + k.link; };
  std::vector<std::string> link_id(offset.back());
  for (const Target& t : all_)
    if (link_id[flat(t.link)].empty()) link_id[flat(t.link)] = zone_.QualifiedId(t.link);
  auto better = [&](const Target& a, const Target& b) {
    if (a.score.total != b.score.total) return a.score.total > b.score.total;
    if (a.link != b.link) return link_id[flat(a.link)] < link_id[flat(b.link)];
    return enterprises[a.candidate].id < enterprises[b.candidate].id;
  };

  // Per link, best first; keep the top N and every firm in talks.
  std::vector<std::size_t> order(all_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (all_[a].link != all_[b].link) return all_[a].link < all_[b].link;
    return better(all_[a], all_[b]);
  });
  targets_.clear();
  for (std::size_t i = 0, rank = 0; i < order.size(); ++i) {
    rank = i > 0 && all_[order[i]].link == all_[order[i - 1]].link ? rank + 1 : 0;
    const Target& t = all_[order[i]];
    if (options_.top == 0 || rank < options_.top || t.in_talks) targets_.push_back(t);
  }
  std::sort(targets_.begin(), targets_.end(), better);
  by_link_.assign(gaps.size(), {});
  for (std::size_t c = 0; c < gaps.size(); ++c) by_link_[c].resize(gaps[c].size());
  for (std::size_t i = 0; i < targets_.size(); ++i)
    by_link_[targets_[i].link.chain][targets_[i].link.link].push_back(i);

  // Per candidate: every row, best first; combined = best + 0.1 × the others.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (all_[a].candidate != all_[b].candidate) return all_[a].candidate < all_[b].candidate;
    return better(all_[a], all_[b]);
  });
  candidates_.clear();
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i == 0 || all_[order[i]].candidate != all_[order[i - 1]].candidate)
      candidates_.push_back({all_[order[i]].candidate, {}, 0});
    CandidateView& v = candidates_.back();
    v.combined += (v.rows.empty() ? 1.0 : 0.1) * all_[order[i]].score.total;
    v.rows.push_back(order[i]);
  }
  for (CandidateView& v : candidates_) v.combined = Round2(v.combined);
  std::sort(candidates_.begin(), candidates_.end(),
            [&](const CandidateView& a, const CandidateView& b) {
              if (a.combined != b.combined) return a.combined > b.combined;
              return enterprises[a.candidate].id < enterprises[b.candidate].id;
            });
  ran_ = true;
}

const std::vector<Target>& TargetRanking::targets() const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return targets_;
}

const std::vector<std::vector<std::vector<std::size_t>>>& TargetRanking::by_link() const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return by_link_;
}

const std::vector<std::vector<GapPriority>>& TargetRanking::priorities() const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return priorities_;
}

const std::vector<Target>& TargetRanking::all_rows() const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return all_;
}

const std::vector<CandidateView>& TargetRanking::candidates() const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return candidates_;
}

const CandidateSignals& TargetRanking::signals(std::size_t candidate) const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return signals_->Get(candidate);
}

const std::optional<Place>& TargetRanking::home() const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return signals_->home();
}

}  // namespace chainmap
