#pragma once

#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "src/io/registry_reader.h"
#include "src/io/registry_row.h"
#include "src/model/link_matcher.h"
#include "src/model/zone.h"

namespace chainmap {

/// Counts of what a pool's rows were.
struct PoolCounts {
  std::size_t rows = 0;      ///< Rows offered.
  std::size_t closed = 0;    ///< 注销, 吊销… firms.
  std::size_t local = 0;     ///< In the zone's own region (not recruitment targets).
  std::size_t known = 0;     ///< Already an enterprise of the zone (by USCC or name).
  std::size_t off_gaps = 0;  ///< Placed on no gap link.
  std::size_t on_gaps = 0;   ///< Placed on at least one gap link.
};

/// Streams a registry export of candidate firms and keeps, for each gap link, the
/// `keep` firms of greatest scale (tags such as 高新技术企业/专精特新/上市, then 营业收入,
/// 参保人数, 注册资本), placed by the same LinkMatcher as import. Memory is bounded by the
/// gap links times `keep`, whatever the number of rows.
class CandidatePool {
 public:
  CandidatePool(const Zone& zone, const std::vector<LinkKey>& gap_links, std::size_t keep);

  void Add(const RegistryRow& row);

  /// Reads a data row of a registry export as far as the pool needs: a closed firm
  /// (登记状态 注销, 吊销…) is counted and left before the rest of its row is read; any other
  /// row is read into one reused RegistryRow as far as judging it needs
  /// (ParseRegistryRowJudged), and the rest (tags, 上市…) only when it lands on a gap link.
  /// Returns why a row cannot be read.
  std::optional<RegistryRowProblem> AddCells(const RegistryHeader& header, const RawRow& raw);

  /// The kept firms as external enterprises "pool-0001"…, numbered by descending scale
  /// (so that ties in the ranking fall to the larger firm), each on the gap links it was
  /// kept for, sourced "pool: FILE row N (exported DATE)".
  std::vector<Enterprise> Take(const std::string& file, const std::string& date);

  const PoolCounts& counts() const { return counts_; }

 private:
  struct Firm {
    double tags = 0, revenue = 0, insured = 0, capital = 0;  ///< The scale key, in order.
    std::size_t row = 0;
    std::string name, uscc, region;
    std::vector<std::string> tag_list;
    std::optional<Revenue> revenue_record, capital_record;
    std::optional<int> insured_count;
  };
  static bool Greater(const Firm& a, const Firm& b);
  /// Add, with `rest` (when given) called to read the rest of the row (ParseRegistryRowRest)
  /// once it is known to be on a gap link: most rows are judged before that.
  void Add(const RegistryRow& row, const std::function<void()>* rest);

  const Zone& zone_;
  LinkMatcher matcher_;
  std::size_t keep_;
  std::vector<std::vector<int>> gap_index_;  ///< [chain][link] → index into heaps_, or -1.
  std::vector<LinkKey> gap_links_;
  std::vector<std::vector<Firm>> heaps_;  ///< Min-heaps by scale, one per gap link.
  std::unordered_set<std::string> known_uscc_, known_names_;
  std::vector<bool> maybe_known_;  ///< By QuickKey: false where no known name or code is.
  PoolCounts counts_;
  RegistryRow row_;             ///< AddCells' row, its strings reused.
  std::string text_;            ///< 经营范围 and industry names of the row being placed.
  std::vector<LinkKey> links_;  ///< The links it is placed on.
  std::vector<int> gaps_;       ///< Those that are gaps, as indexes into heaps_.
};

}  // namespace chainmap
