// TargetRanking's per-candidate view (targets --by candidate): apart from the ranking's
// rows, as it is made only when asked for.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <vector>

#include "src/analysis/huge_pages.h"
#include "src/analysis/target_ranking.h"
#include "src/model/rounding.h"

namespace chainmap {

std::vector<CandidateView> TargetRanking::CandidateViews() const {
  // Per candidate: every row, best first; combined = best + 0.1 × the others. Run writes a
  // candidate's rows together, so each view is a stretch of one array that the views share
  // (one list per candidate cost 750,000 allocations and as many frees).
  // Scores are compared in the rows' small keys; a row itself is read only on a tie.
  const auto& enterprises = zone_.enterprises();
  auto better_row = [&](std::size_t a, std::size_t b) {
    if (row_keys_[a].total != row_keys_[b].total) return row_keys_[a].total > row_keys_[b].total;
    return Better(all_[a], all_[b]);
  };
  candidate_rows_.reserve(all_.size());
  AdviseHugePages(candidate_rows_);
  candidate_rows_.resize(all_.size());
  std::iota(candidate_rows_.begin(), candidate_rows_.end(), std::size_t{0});
  // Each view goes with its id's first bytes into a key, and the keys are sorted: combined
  // scores tie often (two decimals), and the ids' first bytes settle most ties. The view
  // rides in its key (keys of indices into an array of views cost a read at random per
  // view when the sorted views were gathered).
  struct Key {
    std::uint64_t prefix;
    CandidateView view;
  };
  auto by_key = [&](const Key& a, const Key& b) {
    if (a.view.combined != b.view.combined) return a.view.combined > b.view.combined;
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    return enterprises[a.view.candidate].id < enterprises[b.view.candidate].id;
  };
  // Truncated, not rounded: any monotone map of the score groups the keys (below), and
  // truncation needs no call.
  auto cents = [](double combined) { return static_cast<long long>(combined * 100); };
  std::vector<Key> keys;
  keys.reserve(scored_.size());
  AdviseHugePages(keys);
  bool counted = !scored_.empty();  // every score small enough to count in cents
  long long high = 0, low = 0;      // in cents
  std::size_t begin = 0;
  for (const ScoredCandidate& scored : scored_) {
    const auto first = candidate_rows_.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = first + static_cast<std::ptrdiff_t>(scored.rows);
    begin += scored.rows;
    if (scored.rows > 1) std::sort(first, last, better_row);
    CandidateView v{scored.candidate, {first, last}, 0};
    for (std::size_t i = 0; i < v.rows.size(); ++i)
      v.combined += (i == 0 ? 1.0 : 0.1) * row_keys_[v.rows[i]].total;
    v.combined = Round2(v.combined);
    if (counted && std::abs(v.combined) < 1e12) {
      const long long c = cents(v.combined);
      high = keys.empty() ? c : std::max(high, c);
      low = keys.empty() ? c : std::min(low, c);
    } else {
      counted = false;
    }
    keys.push_back({scored.id_prefix, v});
  }
  // First put in order by score in cents with a count, then each score's keys sorted: a
  // hundred thousand short sorts instead of one of 758,454. Cents only group the keys (a
  // monotone map of the score), the sort within a group compares them in full.
  counted = counted && static_cast<std::size_t>(high - low) < 4 * keys.size() + 4096;
  if (counted) {
    std::vector<std::size_t> start(static_cast<std::size_t>(high - low) + 2, 0);
    for (const Key& k : keys) ++start[static_cast<std::size_t>(high - cents(k.view.combined)) + 1];
    for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    std::vector<Key> grouped;
    grouped.reserve(keys.size());
    AdviseHugePages(grouped);
    grouped.resize(keys.size());
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (const Key& k : keys)
      grouped[fill[static_cast<std::size_t>(high - cents(k.view.combined))]++] = k;
    for (std::size_t g = 0; g + 1 < start.size(); ++g)
      if (start[g + 1] - start[g] > 1)
        std::sort(grouped.begin() + static_cast<std::ptrdiff_t>(start[g]),
                  grouped.begin() + static_cast<std::ptrdiff_t>(start[g + 1]), by_key);
    keys = std::move(grouped);
  } else {
    std::sort(keys.begin(), keys.end(), by_key);
  }
  std::vector<CandidateView> sorted;
  sorted.reserve(keys.size());
  AdviseHugePages(sorted);
  for (const Key& k : keys) sorted.push_back(k.view);
  return sorted;
}

}  // namespace chainmap
