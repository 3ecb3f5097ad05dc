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

}  // namespace chainmap
