#include "src/analysis/target_ranking.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <unordered_map>

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
  return std::any_of(e.tags.begin(), e.tags.end(), [&](const std::string& t) {
    return t.size() == part.size() ? t == part
                                   : t.size() > part.size() && t.find(part) != std::string::npos;
  });
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
    // 本地上游 炼钢、下游 弹簧 / 本地上游 炼钢 / 本地下游 弹簧
    if (up || down) *partners += "本地";
    if (up) *partners += "上游 " + zone_.link(*up).name.zh;
    if (up && down) *partners += "、";
    if (down) *partners += "下游 " + zone_.link(*down).name.zh;
  }
  return (up ? 5.0 : 0.0) + (down ? 5.0 : 0.0);
}

// In Chinese, for the lists leaders read; parts are joined by "；", e.g.
// 延链 齿轮钢（缺）；本地上游 炼钢；可贯通 1 对源头—终端；某齿轮钢企业（上市）
std::string TargetRanking::Reason(const Target& t) const {
  const LinkState& state = status_.state(t.link);
  const LinkCriticality& m = criticality_.link(t.link);
  const GapType type = gaps_.gaps()[t.link.chain][t.link.link];
  std::string out = std::string(ChineseLabel(type)) + " " + zone_.link(t.link).name.zh + "（" +
                    std::string(ChineseLabel(state.status)) + "）";
  std::string partners;
  Fit(t.link, &partners);
  if (!partners.empty()) out += "；" + partners;
  if (m.gain > 0) out += "；可贯通 " + std::to_string(m.gain) + " 对源头—终端";
  if (m.dominated > 0) out += "；为 " + std::to_string(m.dominated) + " 个环节的必经环节";
  const Enterprise& e = zone_.enterprises()[t.candidate];
  std::string strengths;
  auto add = [&](std::string_view s) {
    strengths += (strengths.empty() ? "" : "、") + std::string(s);
  };
  if (e.role != Role::kNone) add(ChineseLabel(e.role));
  for (const TagPoints& tag : kTagPoints)
    if (TagContains(e, tag.tag)) add(tag.tag == "高新技术" ? "高新技术企业" : tag.tag);
  if (RevenuePoints(e) > 0) add("营收 " + FormatNumber(e.revenue->value) + " 亿元");
  out += "；" + e.DisplayName();
  if (!strengths.empty()) out += "（" + strengths + "）";
  if (t.project) {
    const Project& p = zone_.projects()[*t.project];
    out += "；项目 " + (p.name.empty() ? p.id : p.name) + "（" +
           std::string(ChineseLabel(p.stage)) + "）";
  }
  return out;
}

void TargetRanking::Run() {
  ComputePriorities();
  const auto& gaps = gaps_.gaps();
  const auto& enterprises = zone_.enterprises();

  // Candidates by gap link, flat: link i of chain c is offset[c] + i; counted, then filled.
  std::vector<std::size_t> offset(gaps.size() + 1, 0);
  for (std::size_t c = 0; c < gaps.size(); ++c) offset[c + 1] = offset[c] + gaps[c].size();
  auto flat = [&](LinkKey k) { return offset[k.chain] + k.link; };
  // One pass over the (large) enterprise records in memory order computes each
  // candidate's strength; scoring then touches only the compact per-link array.
  struct Candidate {
    std::size_t enterprise;
    double strength;
  };
  std::vector<std::pair<std::size_t, Candidate>> found;  // (flat link, candidate)
  for (std::size_t e = 0; e < enterprises.size(); ++e) {
    if (enterprises[e].local) continue;
    double strength = -1;
    for (const LinkKey& k : enterprises[e].links) {
      if (gaps[k.chain][k.link] == GapType::kNone) continue;
      // In a scenario, a candidate whose project is assumed built already operates here.
      const auto& ops = status_.state(k).operators;
      if (!ops.empty() && std::binary_search(ops.begin(), ops.end(), e)) continue;
      if (strength < 0) strength = Strength(enterprises[e]);
      found.push_back({flat(k), {e, strength}});
    }
  }
  std::vector<std::size_t> start(offset.back() + 1, 0);
  for (const auto& f : found) ++start[f.first + 1];
  for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
  std::vector<Candidate> candidates(found.size());
  std::vector<std::size_t> fill(start.begin(), start.end() - 1);
  for (const auto& [link, candidate] : found) candidates[fill[link]++] = candidate;
  found = {};

  // Each external candidate's most advanced project per link.
  std::unordered_map<std::size_t, std::vector<std::pair<LinkKey, std::size_t>>> projects;
  for (std::size_t p = 0; p < zone_.projects().size(); ++p) {
    const Project& project = zone_.projects()[p];
    if (!project.enterprise || enterprises[*project.enterprise].local) continue;
    auto& list = projects[*project.enterprise];
    for (const LinkKey& k : project.links) {
      auto it = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.first == k; });
      if (it == list.end())
        list.emplace_back(k, p);
      else if (zone_.projects()[it->second].stage < project.stage)
        it->second = p;
    }
  }
  auto best_project = [&](std::size_t e, LinkKey k) -> std::optional<std::size_t> {
    if (projects.empty()) return std::nullopt;
    auto it = projects.find(e);
    if (it == projects.end()) return std::nullopt;
    for (const auto& [key, p] : it->second)
      if (key == k) return p;
    return std::nullopt;
  };

  targets_.clear();
  struct Scored {
    double total;
    const Candidate* candidate;
  };
  std::vector<Scored> scored;
  for (std::size_t c = 0; c < gaps.size(); ++c) {
    for (std::size_t l = 0; l < gaps[c].size(); ++l) {
      const LinkKey key{c, l};
      const Candidate* first = candidates.data() + start[flat(key)];
      const Candidate* last = candidates.data() + start[flat(key) + 1];
      if (first == last) continue;
      const double gap = priorities_[c][l].total, fit = Fit(key, nullptr);
      auto score = [&](const Candidate& x, TargetScore& s) {
        const auto project = best_project(x.enterprise, key);
        s.gap = gap;
        s.strength = x.strength;
        s.fit = fit;
        s.pipeline = project ? StagePoints(zone_.projects()[*project].stage) : 0;
        s.total = Round2(s.gap + s.strength + s.fit + s.pipeline);
        return project;
      };
      scored.clear();
      for (const Candidate* x = first; x != last; ++x) {
        if (x != first && x->enterprise == x[-1].enterprise) continue;  // link listed twice
        TargetScore s;
        score(*x, s);
        scored.push_back({s.total, x});
      }
      auto better = [&](const Scored& a, const Scored& b) {
        if (a.total != b.total) return a.total > b.total;
        return enterprises[a.candidate->enterprise].id < enterprises[b.candidate->enterprise].id;
      };
      const std::size_t keep =
          options_.top == 0 ? scored.size() : std::min(options_.top, scored.size());
      std::partial_sort(scored.begin(), scored.begin() + std::ptrdiff_t(keep), scored.end(),
                        better);
      for (std::size_t i = 0; i < keep; ++i) {
        Target t;
        t.link = key;
        t.candidate = scored[i].candidate->enterprise;
        t.project = score(*scored[i].candidate, t.score);
        t.reason = Reason(t);
        targets_.push_back(std::move(t));
      }
    }
  }

  // Qualified link ids, made once per link that has targets, for the tie-break.
  std::vector<std::string> link_id(offset.back());
  for (const Target& t : targets_)
    if (link_id[flat(t.link)].empty()) link_id[flat(t.link)] = zone_.QualifiedId(t.link);
  std::sort(targets_.begin(), targets_.end(), [&](const Target& a, const Target& b) {
    if (a.score.total != b.score.total) return a.score.total > b.score.total;
    if (a.link != b.link) return link_id[flat(a.link)] < link_id[flat(b.link)];
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
