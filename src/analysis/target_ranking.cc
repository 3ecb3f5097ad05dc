#include "src/analysis/target_ranking.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <span>
#include <stdexcept>
#include <unordered_map>

#include "src/analysis/huge_pages.h"
#include "src/analysis/present_neighbours.h"
#include "src/analysis/rounded_part.h"
#include "src/model/rounding.h"

namespace chainmap {

namespace {

/// The first 8 bytes of `id`, most significant first, zero-padded: ordered as the ids are
/// (std::string compares bytes as unsigned), so that a tie on the combined score is
/// mostly settled without reading the id itself from its enterprise record.
std::uint64_t IdPrefix(const std::string& id) {
  std::uint64_t prefix = 0;
  for (std::size_t i = 0; i < 8; ++i)
    prefix = prefix << 8 | (i < id.size() ? static_cast<unsigned char>(id[i]) : 0u);
  return prefix;
}

}  // namespace

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

  // Link k's place in one flat array of every link of the zone.
  link_offset_.assign(gaps.size() + 1, 0);
  for (std::size_t c = 0; c < gaps.size(); ++c)
    link_offset_[c + 1] = link_offset_[c] + gaps[c].size();
  auto flat = [&](LinkKey k) { return FlatLink(k); };
  // Each link's operators by flat index: a million checks read this small table rather
  // than each link's state.
  std::vector<std::span<const std::size_t>> operators(link_offset_.back());
  for (std::size_t c = 0; c < gaps.size(); ++c)
    for (std::size_t l = 0; l < gaps[c].size(); ++l)
      operators[flat({c, l})] = status_.states()[c][l].operators;
  auto operates = [&](std::size_t e, LinkKey k) {
    const auto ops = operators[flat(k)];
    return !ops.empty() && std::binary_search(ops.begin(), ops.end(), e);
  };

  // Rows: (link, candidate) for every external candidate on a gap link, and every firm in
  // talks on its project's links; each pair once.
  auto make_row = [&](LinkKey k, std::size_t e) {
    Target t;
    t.link = k;
    t.candidate = e;
    t.gap = gaps[k.chain][k.link] == GapType::kNone ? GapType::kStrengthen : gaps[k.chain][k.link];
    if (has_project[e]) t.project = best_project(e, k);
    t.in_talks = t.project && zone_.projects()[*t.project].stage >= ProjectStage::kNegotiating;
    return t;
  };
  // Links that take candidates' rows: gaps the zone pursues.
  std::vector<LinkKey> link_key(link_offset_.back());
  std::vector<bool> open(link_offset_.back(), false);
  for (std::size_t c = 0; c < gaps.size(); ++c)
    for (std::size_t l = 0; l < gaps[c].size(); ++l) {
      const LinkKey k{c, l};
      link_key[flat(k)] = k;
      open[flat(k)] = gaps[c][l] != GapType::kNone && pursued(k);
    }
  // What a row takes from its candidate's signals: the weighted shares, each rounded.
  struct CandidateParts {
    double distance = 0, scale = 0, relatedness = 0, ties = 0;
    bool in_documents = false;
    std::optional<std::size_t> tied_to;
  };
  RoundedPart distance_part(weights_.distance), relatedness_part(weights_.relatedness),
      ties_part(weights_.ties), named_part(weights_.named);
  auto parts_of = [&](std::size_t e) {
    const CandidateSignals s = signals_->Compute(e);
    return CandidateParts{distance_part(s.distance),
                          Round2(weights_.scale * s.scale),
                          relatedness_part(s.relatedness),
                          ties_part(s.ties),
                          s.in_documents,
                          s.tied_to};
  };
  // Rows, gathered in one pass over the enterprises in memory order: each candidate's links
  // (a link it lists twice once), then the links of its projects in talks that it is not
  // already a candidate for. Its signals are worked out there, once, and its rows scored
  // at once, so all_ is written in order and neither the enterprise table nor the signals
  // are read at random; a candidate's rows come together, as the per-candidate view wants.
  // Room for two rows per external firm and every project row, so that all_ is mostly
  // allocated once without a pass over the enterprise table to count its rows: the pages
  // reserved beyond the last row are never touched (a zone with more rows grows all_).
  std::size_t room = 2 * (enterprises.size() - status_.locals().size());
  for (const auto& [e, list] : projects) room += list.size();
  all_.clear();
  all_.reserve(room);
  AdviseHugePages(all_);
  id_prefix_.clear();
  tied_to_.clear();
  id_prefix_.reserve(enterprises.size() - status_.locals().size());
  AdviseHugePages(id_prefix_);
  // Qualified link ids, for the tie-break, made once per link that has rows.
  link_id_.assign(link_offset_.back(), {});
  std::vector<std::size_t> next(link_offset_.back() + 1, 0);  // rows by link, counted
  std::vector<std::size_t> links;                             // one enterprise's, flat
  for (std::size_t e = 0; e < enterprises.size(); ++e) {
    if (enterprises[e].local) continue;
    links.clear();
    auto add = [&](LinkKey k) {
      if (std::find(links.begin(), links.end(), flat(k)) == links.end() && !operates(e, k))
        links.push_back(flat(k));
    };
    for (const LinkKey& k : enterprises[e].links)
      if (open[flat(k)]) add(k);
    if (has_project[e])
      if (auto it = projects.find(e); it != projects.end())
        for (const auto& [k, p] : it->second)
          if (zone_.projects()[p].stage >= ProjectStage::kNegotiating && pursued(k)) add(k);
    if (links.empty()) continue;
    const CandidateParts parts = parts_of(e);
    id_prefix_.push_back(IdPrefix(enterprises[e].id));
    if (parts.tied_to) tied_to_.emplace_back(e, *parts.tied_to);
    for (std::size_t l : links) {
      if (next[l + 1]++ == 0) link_id_[l] = zone_.QualifiedId(link_key[l]);
      Target& t = all_.emplace_back(make_row(link_key[l], e));
      TargetScore& score = t.score;
      score.gap = priorities_[t.link.chain][t.link.link].total;
      if (gaps[t.link.chain][t.link.link] == GapType::kNone)  // served by a project in talks
        score.gap = Priority(t.link.chain, t.link.link, GapType::kStrengthen).total;
      double named = 0;
      if (t.project) {
        const Project& p = zone_.projects()[*t.project];
        named = 0.6 * StageShare(p.stage) + 0.4 * InvestmentShare(p.investment);
      } else if (has_project[e] || parts.in_documents) {
        named = 0.2;
      }
      score.named = named_part(named);
      score.distance = parts.distance;
      score.scale = parts.scale;
      score.relatedness = parts.relatedness;
      score.ties = parts.ties;
      score.total = Round2(score.gap + score.named + score.distance + score.scale +
                           score.relatedness + score.ties);
    }
  }

  auto better = [&](const Target& a, const Target& b) { return Better(a, b); };

  // Per link, the top N and every firm in talks. The rows are read by link through small
  // keys put in order by link with a count: the selection compares scores in the keys and
  // reads a row only on a tie, rather than a million rows at random.
  struct Key {
    double total;
    std::size_t row;  ///< Index into all_, times 2, plus 1 when the row is in talks.
  };
  for (std::size_t i = 1; i < next.size(); ++i) next[i] += next[i - 1];
  const std::vector<std::size_t> first_key = next;  // by flat link; then the end
  std::vector<Key> keys;
  keys.reserve(all_.size());
  AdviseHugePages(keys);
  keys.resize(all_.size());
  for (std::size_t i = 0; i < all_.size(); ++i)
    keys[next[flat(all_[i].link)]++] = {all_[i].score.total, i * 2 + all_[i].in_talks};
  auto better_key = [&](const Key& a, const Key& b) {
    if (a.total != b.total) return a.total > b.total;
    return better(all_[a.row / 2], all_[b.row / 2]);
  };
  targets_.clear();
  for (std::size_t l = 0; l + 1 < first_key.size(); ++l) {
    const auto first = keys.begin() + static_cast<std::ptrdiff_t>(first_key[l]);
    const auto last = keys.begin() + static_cast<std::ptrdiff_t>(first_key[l + 1]);
    const std::size_t size = first_key[l + 1] - first_key[l];
    const std::size_t top = options_.top == 0 ? size : std::min(options_.top, size);
    if (top < size)
      std::partial_sort(first, first + static_cast<std::ptrdiff_t>(top), last, better_key);
    for (auto it = first; it != last; ++it)
      if (static_cast<std::size_t>(it - first) < top || it->row % 2 == 1)
        targets_.push_back(all_[it->row / 2]);
  }
  std::sort(targets_.begin(), targets_.end(), better);
  by_link_.assign(gaps.size(), {});
  for (std::size_t c = 0; c < gaps.size(); ++c) by_link_[c].resize(gaps[c].size());
  for (std::size_t i = 0; i < targets_.size(); ++i)
    by_link_[targets_[i].link.chain][targets_[i].link.link].push_back(i);

  candidates_built_ = false;
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
  if (!candidates_built_) {
    candidates_ = CandidateViews();
    candidates_built_ = true;
  }
  return candidates_;
}

bool TargetRanking::Better(const Target& a, const Target& b) const {
  if (a.score.total != b.score.total) return a.score.total > b.score.total;
  if (a.link != b.link) return link_id_[FlatLink(a.link)] < link_id_[FlatLink(b.link)];
  return zone_.enterprises()[a.candidate].id < zone_.enterprises()[b.candidate].id;
}

std::vector<CandidateView> TargetRanking::CandidateViews() const {
  // Per candidate: every row, best first; combined = best + 0.1 × the others. Run writes a
  // candidate's rows together, so each view is a stretch of one array that the views share
  // (one list per candidate cost 750,000 allocations and as many frees).
  const auto& enterprises = zone_.enterprises();
  auto better_row = [&](std::size_t a, std::size_t b) { return Better(all_[a], all_[b]); };
  candidate_rows_.reserve(all_.size());
  AdviseHugePages(candidate_rows_);
  candidate_rows_.resize(all_.size());
  std::iota(candidate_rows_.begin(), candidate_rows_.end(), std::size_t{0});
  std::vector<CandidateView> views;
  views.reserve(all_.size());  // at most one a row; pages beyond the last are never touched
  AdviseHugePages(views);
  for (std::size_t begin = 0, end = 0; begin < all_.size(); begin = end) {
    end = begin + 1;
    while (end < all_.size() && all_[end].candidate == all_[begin].candidate) ++end;
    const auto first = candidate_rows_.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = candidate_rows_.begin() + static_cast<std::ptrdiff_t>(end);
    std::sort(first, last, better_row);
    CandidateView v{all_[begin].candidate, {first, last}, 0};
    for (std::size_t i = 0; i < v.rows.size(); ++i)
      v.combined += (i == 0 ? 1.0 : 0.1) * all_[v.rows[i]].score.total;
    v.combined = Round2(v.combined);
    views.push_back(v);
  }
  // Sorted through small keys, so that the sort moves numbers rather than views; combined
  // scores tie often (two decimals), and the ids' first bytes settle most ties.
  struct Key {
    double combined;
    std::uint64_t prefix;
    std::size_t view;
  };
  std::vector<Key> keys;
  keys.reserve(views.size());
  AdviseHugePages(keys);
  for (std::size_t i = 0; i < views.size(); ++i)
    keys.push_back({views[i].combined, id_prefix_[i], i});
  auto by_key = [&](const Key& a, const Key& b) {
    if (a.combined != b.combined) return a.combined > b.combined;
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    return enterprises[views[a.view].candidate].id < enterprises[views[b.view].candidate].id;
  };
  // First put in order by score in cents with a count, then each score's keys sorted: a
  // hundred thousand short sorts instead of one of 758,454. Cents only group the keys (a
  // monotone map of the score), the sort within a group compares them in full.
  // Truncated, not rounded: any monotone map groups them, and truncation needs no call.
  auto cents = [](double combined) { return static_cast<long long>(combined * 100); };
  long long high = 0, low = 0;
  bool counted = !keys.empty();
  for (const Key& k : keys) counted = counted && std::abs(k.combined) < 1e12;
  if (counted) {
    high = low = cents(keys.front().combined);
    for (const Key& k : keys) high = std::max(high, cents(k.combined));
    for (const Key& k : keys) low = std::min(low, cents(k.combined));
    counted = static_cast<std::size_t>(high - low) < 4 * keys.size() + 4096;
  }
  if (counted) {
    std::vector<std::size_t> start(static_cast<std::size_t>(high - low) + 2, 0);
    for (const Key& k : keys) ++start[static_cast<std::size_t>(high - cents(k.combined)) + 1];
    for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    std::vector<Key> grouped;
    grouped.reserve(keys.size());
    AdviseHugePages(grouped);
    grouped.resize(keys.size());
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (const Key& k : keys)
      grouped[fill[static_cast<std::size_t>(high - cents(k.combined))]++] = k;
    for (std::size_t g = 0; g + 1 < start.size(); ++g)
      if (start[g + 1] - start[g] > 1)
        std::sort(grouped.begin() + static_cast<std::ptrdiff_t>(start[g]),
                  grouped.begin() + static_cast<std::ptrdiff_t>(start[g + 1]), by_key);
    keys = std::move(grouped);
  } else {
    std::sort(keys.begin(), keys.end(), by_key);
  }
  std::vector<CandidateView> sorted;
  sorted.reserve(views.size());
  AdviseHugePages(sorted);
  for (const Key& k : keys) sorted.push_back(views[k.view]);
  return sorted;
}

const CandidateSignals& TargetRanking::signals(std::size_t candidate) const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return signals_->Get(candidate);
}

std::optional<std::size_t> TargetRanking::TiedTo(std::size_t candidate) const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  const auto it = std::lower_bound(tied_to_.begin(), tied_to_.end(), candidate,
                                   [](const auto& tie, std::size_t e) { return tie.first < e; });
  if (it == tied_to_.end() || it->first != candidate) return std::nullopt;
  return it->second;
}

const std::optional<Place>& TargetRanking::home() const {
  if (!ran_) throw std::logic_error("TargetRanking: read before Run()");
  return signals_->home();
}

}  // namespace chainmap
