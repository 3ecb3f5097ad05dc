#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "src/analysis/link_status_analysis.h"
#include "src/analysis/sole_presence.h"

namespace chainmap {

/// What filling a non-strong link does for the chain: 补链 closes a hole between local
/// links (upstream and downstream along the chain, or through a direct cross-chain edge),
/// 延链 extends the chain beyond its local ends, 强链 strengthens a weak link.
enum class GapType { kNone, kFill, kExtend, kStrengthen };

/// "none", "fill", "extend", "strengthen".
std::string_view ToString(GapType type);
/// "", 补链, 延链, 强链.
std::string_view ChineseLabel(GapType type);

/// The gap type of a link of this status with local presence upstream of it (along its
/// chain or through a direct cross-chain edge) and downstream: the one rule.
GapType GapTypeOf(LinkStatus status, bool local_upstream, bool local_downstream);

/// Where one chain's links have local presence (strong or weak) given every link's status:
/// at the link itself, beyond it along the chain, and at a direct cross-chain neighbour.
struct ChainPresence {
  std::vector<bool> here;
  SolePresence beyond;
  std::vector<bool> cross_up, cross_down;
};
ChainPresence FindChainPresence(const Zone& zone, std::size_t chain,
                                const std::function<LinkStatus(LinkKey)>& status_of);

/// The gap types of one chain's links given every link's status (`status_of`), by the rules
/// GapAnalysis applies; linear in the chain's size and the zone's cross-chain edges.
std::vector<GapType> ChainGapTypes(const Zone& zone, std::size_t chain,
                                   const std::function<LinkStatus(LinkKey)>& status_of);

/// Links by status and the completeness they give; see docs/analysis.md for the formula.
struct Completeness {
  std::size_t links = 0;
  std::size_t strong = 0, weak = 0, filling = 0, missing = 0;
  /// (strong + weak_credit·weak + filling_credit·filling) / links; 0 when links is 0.
  double value = 0;
};

/// Completeness of one chain, overall and per stage (上游, 中游, 下游), and over the links
/// the zone pursues locally (可本地化完整度; `total` is 全链完整度).
struct ChainCompleteness {
  Completeness total;
  std::array<Completeness, 3> stages;
  Completeness localizable;
};

/// Types every non-strong link's gap and computes completeness per chain, per stage and
/// for the zone (every link of every chain weighing the same).
class GapAnalysis {
 public:
  GapAnalysis(const Zone& zone, const LinkStatusAnalysis& status);

  void Run();

  /// Gap types by [chain][link]; kNone for strong links.
  const std::vector<std::vector<GapType>>& gaps() const;
  const std::vector<ChainCompleteness>& chains() const;
  const Completeness& zone_completeness() const;
  /// The zone's completeness over the links it pursues locally.
  const Completeness& zone_localizable() const;

 private:
  const Zone& zone_;
  const LinkStatusAnalysis& status_;
  bool ran_ = false;
  std::vector<std::vector<GapType>> gaps_;
  std::vector<ChainCompleteness> chains_;
  Completeness zone_total_, zone_localizable_;
};

}  // namespace chainmap
