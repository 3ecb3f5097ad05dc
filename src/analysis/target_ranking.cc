#include "src/analysis/target_ranking.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace chainmap {
namespace {

double Round2(double x) { return std::round(x * 100) / 100; }

double RolePoints(Role role) {
  switch (role) {
    case Role::kLeader:
      return 8;
    case Role::kCore:
      return 5;
    case Role::kSupplier:
      return 2;
    case Role::kNone:
      return 0;
  }
  return 0;
}

double StagePoints(ProjectStage stage) {
  switch (stage) {
    case ProjectStage::kPlanned:
      return 2;
    case ProjectStage::kNegotiating:
      return 5;
    case ProjectStage::kSigned:
      return 8;
    case ProjectStage::kConstruction:
      return 9;
    case ProjectStage::kOperating:
      return 10;
  }
  return 0;
}

bool TagContains(const Enterprise& e, std::string_view part) {
  return std::any_of(e.tags.begin(), e.tags.end(),
                     [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

/// Tags that earn strength points, with their points, in the order reasons list them.
struct TagPoints {
  std::string_view tag;
  double points;
};
constexpr TagPoints kTagPoints[] = {{"上市", 4}, {"专精特新", 3}, {"高新技术", 2}, {"规上", 1}};

double RevenuePoints(const Enterprise& e) {
  if (!e.revenue || e.revenue->unit != "亿元") return 0;
  return std::min(2.0, std::log10(1 + e.revenue->value));
}

std::string FormatNumber(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

}  // namespace

TargetRanking::TargetRanking(const Zone& zone, const LinkStatusAnalysis& status,
                             const GapAnalysis& gaps, const CriticalityAnalysis& criticality,
                             TargetOptions options)
    : zone_(zone), status_(status), gaps_(gaps), criticality_(criticality), options_(options) {}

void TargetRanking::ComputePriorities() {
  const auto& gaps = gaps_.gaps();
  const auto& crit = criticality_.links();
  priorities_.assign(gaps.size(), {});
  for (std::size_t c = 0; c < gaps.size(); ++c) {
    std::size_t max_gain = 0, max_dominated = 0;
    for (const LinkCriticality& m : crit[c]) {
      max_gain = std::max(max_gain, m.gain);
      max_dominated = std::max(max_dominated, m.dominated);
    }
    priorities_[c].resize(gaps[c].size());
    for (std::size_t l = 0; l < gaps[c].size(); ++l) {
      GapPriority& p = priorities_[c][l];
      const GapType type = gaps[c][l];
      if (type == GapType::kNone) continue;
      p.type = type == GapType::kFill ? 30 : type == GapType::kExtend ? 20 : 10;
      if (max_gain > 0) p.gain = Round2(15.0 * double(crit[c][l].gain) / double(max_gain));
      if (max_dominated > 0)
        p.dominance = Round2(15.0 * double(crit[c][l].dominated) / double(max_dominated));
      p.halved = status_.states()[c][l].status == LinkStatus::kFilling;
      p.total = Round2((p.type + p.gain + p.dominance) * (p.halved ? 0.5 : 1.0));
    }
  }
}

double TargetRanking::Strength(const Enterprise& e) const {
  double points = RolePoints(e.role) + RevenuePoints(e);
  for (const TagPoints& t : kTagPoints)
    if (TagContains(e, t.tag)) points += t.points;
  return Round2(points);
}

double TargetRanking::Fit(LinkKey key, std::string* partners) const {
  const ChainGraph& graph = zone_.chains()[key.chain].graph();
  std::vector<LinkKey> in, out;
  for (std::size_t u : graph.Predecessors(key.link)) in.push_back({key.chain, u});
  for (std::size_t w : graph.Successors(key.link)) out.push_back({key.chain, w});
  for (const CrossEdge& e : zone_.cross_edges) {
    if (e.to == key) in.push_back(e.from);
    if (e.from == key) out.push_back(e.to);
  }
  auto first_present = [&](std::vector<LinkKey>& keys) -> const LinkKey* {
    std::sort(keys.begin(), keys.end());
    for (const LinkKey& k : keys)
      if (status_.state(k).present()) return &k;
    return nullptr;
  };
  const LinkKey* up = first_present(in);
  const LinkKey* down = first_present(out);
  if (partners) {
    if (up) *partners += "local " + zone_.link(*up).name.zh + " upstream";
    if (up && down) *partners += ", ";
    if (down) *partners += (up ? "" : "local ") + zone_.link(*down).name.zh + " downstream";
  }
  return (up ? 5.0 : 0.0) + (down ? 5.0 : 0.0);
}

std::string TargetRanking::Reason(const Target& t) const {
  const LinkState& state = status_.state(t.link);
  const LinkCriticality& m = criticality_.link(t.link);
  const GapType type = gaps_.gaps()[t.link.chain][t.link.link];
  std::string out = std::string(ChineseLabel(type)) + " " + zone_.link(t.link).name.zh + " (" +
                    std::string(ChineseLabel(state.status)) + ")";
  std::string partners;
  Fit(t.link, &partners);
  if (!partners.empty()) out += "; " + partners;
  if (m.gain > 0) out += "; connects " + std::to_string(m.gain) + " source-product pairs";
  if (m.dominated > 0) out += "; dominates " + std::to_string(m.dominated) + " links";
  const Enterprise& e = zone_.enterprises()[t.candidate];
  std::string strengths;
  auto add = [&](std::string_view s) {
    strengths += (strengths.empty() ? "" : ", ") + std::string(s);
  };
  if (e.role != Role::kNone) add(ChineseLabel(e.role));
  for (const TagPoints& tag : kTagPoints)
    if (TagContains(e, tag.tag)) add(tag.tag == "高新技术" ? "高新技术企业" : tag.tag);
  if (RevenuePoints(e) > 0) add(FormatNumber(e.revenue->value) + "亿元");
  out += "; " + e.DisplayName();
  if (!strengths.empty()) out += " (" + strengths + ")";
  if (t.project)
    out += "; project " + zone_.projects()[*t.project].id + " at " +
           std::string(ChineseLabel(zone_.projects()[*t.project].stage));
  return out;
}

void TargetRanking::Run() {
  ComputePriorities();
  const auto& gaps = gaps_.gaps();
  const auto& enterprises = zone_.enterprises();

  // Candidates by gap link, and each candidate's most advanced project per link.
  std::vector<std::vector<std::vector<std::size_t>>> candidates(gaps.size());
  for (std::size_t c = 0; c < gaps.size(); ++c) candidates[c].resize(gaps[c].size());
  for (std::size_t e = 0; e < enterprises.size(); ++e) {
    if (enterprises[e].local) continue;
    for (const LinkKey& k : enterprises[e].links)
      if (gaps[k.chain][k.link] != GapType::kNone) candidates[k.chain][k.link].push_back(e);
  }
  std::map<std::pair<std::size_t, LinkKey>, std::size_t> best_project;
  for (std::size_t p = 0; p < zone_.projects().size(); ++p) {
    const Project& project = zone_.projects()[p];
    if (!project.enterprise || enterprises[*project.enterprise].local) continue;
    for (const LinkKey& k : project.links) {
      auto [it, added] = best_project.try_emplace({*project.enterprise, k}, p);
      if (!added && zone_.projects()[it->second].stage < project.stage) it->second = p;
    }
  }

  targets_.clear();
  std::vector<Target> scored;
  for (std::size_t c = 0; c < gaps.size(); ++c) {
    for (std::size_t l = 0; l < gaps[c].size(); ++l) {
      auto& list = candidates[c][l];
      if (list.empty()) continue;
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
      const LinkKey key{c, l};
      const double fit = Fit(key, nullptr);
      scored.clear();
      for (std::size_t e : list) {
        Target t;
        t.link = key;
        t.candidate = e;
        if (auto it = best_project.find({e, key}); it != best_project.end()) t.project = it->second;
        t.score.gap = priorities_[c][l].total;
        t.score.strength = Strength(enterprises[e]);
        t.score.fit = fit;
        t.score.pipeline = t.project ? StagePoints(zone_.projects()[*t.project].stage) : 0;
        t.score.total = Round2(t.score.gap + t.score.strength + t.score.fit + t.score.pipeline);
        scored.push_back(std::move(t));
      }
      auto better = [&](const Target& a, const Target& b) {
        if (a.score.total != b.score.total) return a.score.total > b.score.total;
        return enterprises[a.candidate].id < enterprises[b.candidate].id;
      };
      const std::size_t keep =
          options_.top == 0 ? scored.size() : std::min(options_.top, scored.size());
      std::partial_sort(scored.begin(), scored.begin() + keep, scored.end(), better);
      for (std::size_t i = 0; i < keep; ++i) {
        scored[i].reason = Reason(scored[i]);
        targets_.push_back(std::move(scored[i]));
      }
    }
  }

  std::sort(targets_.begin(), targets_.end(), [&](const Target& a, const Target& b) {
    if (a.score.total != b.score.total) return a.score.total > b.score.total;
    if (a.link != b.link) {
      const std::string x = zone_.QualifiedId(a.link), y = zone_.QualifiedId(b.link);
      if (x != y) return x < y;
    }
    return enterprises[a.candidate].id < enterprises[b.candidate].id;
  });
  by_link_.assign(gaps.size(), {});
  for (std::size_t c = 0; c < gaps.size(); ++c) by_link_[c].resize(gaps[c].size());
  for (std::size_t i = 0; i < targets_.size(); ++i)
    by_link_[targets_[i].link.chain][targets_[i].link.link].push_back(i);
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

}  // namespace chainmap
