#include "src/analysis/target_ranking.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <unordered_map>

#include "src/analysis/huge_pages.h"
#include "src/analysis/parallel_parts.h"
#include "src/analysis/present_neighbours.h"
#include "src/analysis/rounded_part.h"
#include "src/model/rounding.h"

namespace chainmap {

namespace {

/// Enterprises per thread of the row pass, at least, when the ranking chooses the number
/// of threads: a thread's start costs about what a few hundred enterprises' rows do, and a
/// small zone is done sooner on one.
constexpr std::size_t kMinEnterprisesPerThread = 10000;

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
  // What the row pass reads of each link, by flat index, in one small table: a million
  // rows each read it at random, and one look-up a row here cost less than one in each of
  // the status's, the gaps' and the priorities' tables (each a miss in the cache).
  struct LinkInfo {
    LinkKey key;
    std::span<const std::size_t> operators;
    double gap_score = 0;                 ///< Its priority's total; 强链's when no gap.
    GapType type = GapType::kStrengthen;  ///< The rows' gap type.
    bool open = false;                    ///< Takes candidates' rows: a gap the zone pursues.
  };
  std::vector<LinkInfo> link_info(link_offset_.back());
  for (std::size_t c = 0; c < gaps.size(); ++c)
    for (std::size_t l = 0; l < gaps[c].size(); ++l) {
      const LinkKey k{c, l};
      LinkInfo& info = link_info[flat(k)];
      info.key = k;
      info.operators = status_.states()[c][l].operators;
      info.open = gaps[c][l] != GapType::kNone && pursued(k);
      // A link without a gap takes rows only from firms in talks there: ranked as 强链.
      if (gaps[c][l] == GapType::kNone) {
        info.gap_score = Priority(c, l, GapType::kStrengthen).total;
      } else {
        info.type = gaps[c][l];
        info.gap_score = priorities_[c][l].total;
      }
    }
  auto operates = [&](std::size_t e, std::size_t l) {
    const auto ops = link_info[l].operators;
    return !ops.empty() && std::binary_search(ops.begin(), ops.end(), e);
  };

  // Rows: (link, candidate) for every external candidate on a gap link, and every firm in
  // talks on its project's links; each pair once.
  // Rows, gathered in one pass over the enterprises in memory order: each candidate's links
  // (a link it lists twice once), then the links of its projects in talks that it is not
  // already a candidate for. Its signals are worked out there, once, and its rows scored
  // at once, so all_ is written in order and neither the enterprise table nor the signals
  // are read at random; a candidate's rows come together, as the per-candidate view wants.
  // The pass is split into contiguous ranges of enterprises, one a thread, each writing
  // rows of its own that are then put one after another: the rows, and all that follows
  // from them, are those of one pass.
  struct RowPart {
    std::vector<Target> rows;
    std::vector<RowKey> row_keys;
    std::vector<ScoredCandidate> scored;
    std::vector<std::pair<std::size_t, std::size_t>> tied_to;
    std::vector<std::size_t> per_link;  ///< Rows by flat link.
  };
  auto row_pass = [&](std::size_t begin, std::size_t end, RowPart& out) {
    CandidateSignalTable::Memo memo;
    RoundedPart distance_part(weights_.distance), relatedness_part(weights_.relatedness),
        ties_part(weights_.ties), named_part(weights_.named);
    out.per_link.assign(link_offset_.back(), 0);
    std::vector<std::size_t> links;  // one enterprise's, flat
    for (std::size_t e = begin; e < end; ++e) {
      if (enterprises[e].local) continue;
      links.clear();
      auto add = [&](std::size_t l) {
        if (std::find(links.begin(), links.end(), l) == links.end() && !operates(e, l))
          links.push_back(l);
      };
      for (const LinkKey& k : enterprises[e].links)
        if (const std::size_t l = flat(k); link_info[l].open) add(l);
      if (has_project[e])
        if (auto it = projects.find(e); it != projects.end())
          for (const auto& [k, p] : it->second)
            if (zone_.projects()[p].stage >= ProjectStage::kNegotiating && pursued(k)) add(flat(k));
      if (links.empty()) continue;
      // What the rows take from the candidate's signals: the weighted shares, each rounded.
      const CandidateSignals s = signals_->Compute(e, memo);
      const double distance = distance_part(s.distance), scale = Round2(weights_.scale * s.scale),
                   relatedness = relatedness_part(s.relatedness), ties = ties_part(s.ties);
      out.scored.push_back({IdPrefix(enterprises[e].id), e, links.size()});
      if (s.tied_to) out.tied_to.emplace_back(e, *s.tied_to);
      for (std::size_t l : links) {
        ++out.per_link[l];
        // Made in place: a row built apart and then copied in cost a fifth of the pass.
        const LinkInfo& info = link_info[l];
        Target& t = out.rows.emplace_back();
        t.link = info.key;
        t.candidate = e;
        t.gap = info.type;
        if (has_project[e]) t.project = best_project(e, t.link);
        t.in_talks = t.project && zone_.projects()[*t.project].stage >= ProjectStage::kNegotiating;
        TargetScore& score = t.score;
        score.gap = info.gap_score;
        double named = 0;
        if (t.project) {
          const Project& p = zone_.projects()[*t.project];
          named = 0.6 * StageShare(p.stage) + 0.4 * InvestmentShare(p.investment);
        } else if (has_project[e] || s.in_documents) {
          named = 0.2;
        }
        score.named = named_part(named);
        score.distance = distance;
        score.scale = scale;
        score.relatedness = relatedness;
        score.ties = ties;
        score.total = Round2(score.gap + score.named + score.distance + score.scale +
                             score.relatedness + score.ties);
        out.row_keys.push_back(
            {score.total, static_cast<std::uint32_t>(l), static_cast<std::uint32_t>(t.in_talks)});
      }
    }
  };
  const std::size_t part_count =
      PartCount(options_.threads, enterprises.size(), kMinEnterprisesPerThread);
  std::vector<RowPart> parts(part_count);
  // Room in the first part for two rows per external firm and every project row, so that
  // all_, which it becomes, is mostly allocated once without a pass over the enterprise
  // table to count its rows: the pages reserved beyond the last row are never touched (a
  // zone with more rows grows it). The other parts' rows are copied after it.
  std::size_t room = 2 * (enterprises.size() - status_.locals().size());
  for (const auto& [e, list] : projects) room += list.size();
  const std::size_t candidates = enterprises.size() - status_.locals().size();
  for (std::size_t i = 0; i < part_count; ++i) {
    const PartRange range = RangeOfPart(enterprises.size(), part_count, i);
    const std::size_t size = range.end - range.begin;
    parts[i].rows.reserve(i == 0 ? room : 2 * size);
    AdviseHugePages(parts[i].rows);
    parts[i].row_keys.reserve(i == 0 ? room : 2 * size);
    AdviseHugePages(parts[i].row_keys);
    parts[i].scored.reserve(i == 0 ? candidates : size);
    AdviseHugePages(parts[i].scored);
  }
  RunParts(part_count, [&](std::size_t i) {
    const PartRange range = RangeOfPart(enterprises.size(), part_count, i);
    row_pass(range.begin, range.end, parts[i]);
  });
  all_ = std::move(parts[0].rows);
  row_keys_ = std::move(parts[0].row_keys);
  scored_ = std::move(parts[0].scored);
  tied_to_ = std::move(parts[0].tied_to);
  std::vector<std::size_t> next(link_offset_.back() + 1, 0);  // rows by link, counted
  for (std::size_t i = 0; i < part_count; ++i) {
    if (i > 0) {
      all_.insert(all_.end(), parts[i].rows.begin(), parts[i].rows.end());
      row_keys_.insert(row_keys_.end(), parts[i].row_keys.begin(), parts[i].row_keys.end());
      scored_.insert(scored_.end(), parts[i].scored.begin(), parts[i].scored.end());
      tied_to_.insert(tied_to_.end(), parts[i].tied_to.begin(), parts[i].tied_to.end());
    }
    for (std::size_t l = 0; l < parts[i].per_link.size(); ++l) next[l + 1] += parts[i].per_link[l];
    if (i > 0) parts[i] = {};
  }
  // Qualified link ids, for the tie-break, made once per link that has rows.
  link_id_.assign(link_offset_.back(), {});
  for (std::size_t l = 0; l < link_offset_.back(); ++l)
    if (next[l + 1] > 0) link_id_[l] = zone_.QualifiedId(link_info[l].key);

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
  for (std::size_t i = 0; i < row_keys_.size(); ++i)
    keys[next[row_keys_[i].link]++] = {row_keys_[i].total, i * 2 + row_keys_[i].in_talks};
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
