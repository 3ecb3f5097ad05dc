#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "src/analysis/target_ranking.h"

namespace chainmap {

/// One weight moved by a factor, and what happens to the top of the list.
struct WeightShift {
  std::string_view weight;  ///< "gap", "named", "distance", "scale", "relatedness", "ties".
  double factor = 1;        ///< 0.75 or 1.25.
  /// Top-N rows (link, candidate) of the base ranking that leave the top N.
  std::vector<std::pair<LinkKey, std::size_t>> left;
  /// Rows that enter the top N.
  std::vector<std::pair<LinkKey, std::size_t>> entered;
  /// Rows in the top N both times, but at another rank.
  std::size_t moved = 0;
};

/// Re-ranks the targets with each weight of the zone's settings moved by −25% and +25%
/// (one at a time) and compares the top N with the base ranking's.
class WeightSensitivity {
 public:
  WeightSensitivity(const Zone& zone, const LinkStatusAnalysis& status, const GapAnalysis& gaps,
                    const CriticalityAnalysis& criticality, TargetOptions options,
                    std::size_t top_n = 10);

  void Run();

  /// The base top N, best first.
  const std::vector<std::pair<LinkKey, std::size_t>>& base() const;
  /// Twelve shifts: each weight at ×0.75 then ×1.25, in the order of TargetWeights.
  const std::vector<WeightShift>& shifts() const;

 private:
  std::vector<std::pair<LinkKey, std::size_t>> Top(const TargetWeights& weights) const;

  const Zone& zone_;
  const LinkStatusAnalysis& status_;
  const GapAnalysis& gaps_;
  const CriticalityAnalysis& criticality_;
  TargetOptions options_;
  std::size_t top_n_;
  bool ran_ = false;
  std::vector<std::pair<LinkKey, std::size_t>> base_;
  std::vector<WeightShift> shifts_;
};

}  // namespace chainmap
