#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "src/analysis/candidate_signals.h"
#include "src/analysis/criticality_analysis.h"
#include "src/analysis/gap_analysis.h"
#include "src/analysis/link_status_analysis.h"

namespace chainmap {

/// How urgent a gap is, in points of the `gap` weight W: type (补链 W/2, 延链 W/3,
/// 强链 W/6) + four eighths of W, each a share of the chain's largest: gain, dominance,
/// centrality (betweenness) and local neighbours (n / (n + 1), n the present links next
/// to it); halved while a project is already filling it.
struct GapPriority {
  double type = 0;
  double gain = 0;
  double dominance = 0;
  double centrality = 0;
  double adjacency = 0;
  std::size_t local_neighbours = 0;  ///< Present links next to it (chain or cross edge).
  bool halved = false;               ///< The link is filling.
  double total = 0;                  ///< The parts' sum, halved when filling.
};

/// The parts of a target's score, each a signal share times its weight; their sum is the
/// score (0–100 with the default weights).
struct TargetScore {
  double gap = 0;          ///< The gap's priority.
  double named = 0;        ///< Named by the documents: its project's stage and investment.
  double distance = 0;     ///< Nearness of its home.
  double scale = 0;        ///< Listed, tags, role, revenue.
  double relatedness = 0;  ///< Its links next to the zone's present links.
  double ties = 0;         ///< Ties to local enterprises.
  double total = 0;
};

/// One recruitment target: a candidate enterprise for a link.
struct Target {
  LinkKey link;
  GapType gap = GapType::kNone;  ///< 强链 for a strong link served by the firm's project.
  std::size_t candidate = 0;     ///< Index into Zone::enterprises().
  /// Its most advanced project serving the link (as enterprise or named partner).
  std::optional<std::size_t> project;
  bool in_talks = false;  ///< That project is at 洽谈 or later: always listed.
  TargetScore score;
};

/// One row per candidate: every gap it would fill, and a combined score.
struct CandidateView {
  std::size_t candidate = 0;
  /// Indices into all_rows(), best first (held by the ranking, as long as it lives).
  std::span<const std::size_t> rows;
  double combined = 0;  ///< Best row + 0.1 × the sum of the other rows.
};

/// Options for TargetRanking.
struct TargetOptions {
  TargetOptions() = default;
  explicit TargetOptions(std::size_t top_n, bool not_pursued = false,
                         std::optional<TargetWeights> weights_override = std::nullopt)
      : top(top_n), include_not_pursued(not_pursued), weights(weights_override) {}
  std::size_t top = 0;  ///< Candidates kept per link (in-talks firms always kept); 0: all.
  bool include_not_pursued = false;      ///< Also rank links the zone does not pursue locally.
  std::optional<TargetWeights> weights;  ///< Overrides zone.settings.target_weights.
  /// Threads for the pass that scores the rows; 0: as many as the machine has (up to
  /// kMaxAnalysisThreads), one for a small zone. The results are the same whatever it is.
  std::size_t threads = 0;
};

/// Scores every external candidate attached to a gap link, and every firm whose project
/// at 洽谈 or later serves a link (strong links included), except one that already operates
/// there under the scenario; links not pursued locally are left out unless asked. Ties are
/// broken by link id, then candidate id. Rules in docs/analysis.md, section 5.
class TargetRanking {
 public:
  TargetRanking(const Zone& zone, const LinkStatusAnalysis& status, const GapAnalysis& gaps,
                const CriticalityAnalysis& criticality, TargetOptions options = {});

  void Run();

  /// Kept targets, best first.
  const std::vector<Target>& targets() const;
  /// Indices into targets() by [chain][link], best first.
  const std::vector<std::vector<std::vector<std::size_t>>>& by_link() const;
  /// Gap priorities by [chain][link] (all zero for strong links).
  const std::vector<std::vector<GapPriority>>& priorities() const;
  /// Every scored row, kept or not; a candidate's rows together, in no other particular
  /// order. For the per-candidate view.
  const std::vector<Target>& all_rows() const;
  /// One entry per candidate, by combined score descending, then id. Made on first use:
  /// only the per-candidate view needs it, and for a million candidates it costs as much
  /// as the rest of the ranking.
  const std::vector<CandidateView>& candidates() const;
  /// The signals of a candidate that was scored.
  const CandidateSignals& signals(std::size_t candidate) const;
  /// The local enterprise a scored candidate is most strongly tied to (its signals'
  /// tied_to), as Run found it: without working the candidate's signals out again.
  std::optional<std::size_t> TiedTo(std::size_t candidate) const;
  const TargetWeights& weights() const { return weights_; }
  /// The zone's place used for distances; nullopt when unknown.
  const std::optional<Place>& home() const;

 private:
  void ComputePriorities();
  /// The priority of link `l` of chain `c` ranked as a gap of `type` (a strong link: 强链).
  GapPriority Priority(std::size_t c, std::size_t l, GapType type) const;
  /// Link k's index in one flat array of every link of the zone.
  std::size_t FlatLink(LinkKey k) const { return link_offset_[k.chain] + k.link; }
  /// The ranking's order: score descending, then link id, then candidate id.
  bool Better(const Target& a, const Target& b) const;
  std::vector<CandidateView> CandidateViews() const;

  const Zone& zone_;
  const LinkStatusAnalysis& status_;
  const GapAnalysis& gaps_;
  const CriticalityAnalysis& criticality_;
  TargetOptions options_;
  TargetWeights weights_;
  bool ran_ = false;
  std::unique_ptr<CandidateSignalTable> signals_;
  std::vector<Target> targets_, all_;
  mutable std::vector<CandidateView> candidates_;  ///< Made by candidates() on first use.
  mutable bool candidates_built_ = false;
  mutable std::vector<std::size_t> candidate_rows_;  ///< The views' rows, one after another.
  /// By row of all_: what the selection by link and the views read of it, 16 bytes rather
  /// than the row's 112 (reading the rows themselves cost two passes over 100 MB).
  struct RowKey {
    double total = 0;        ///< score.total
    std::uint32_t link = 0;  ///< FlatLink(link)
    std::uint32_t in_talks = 0;
  };
  std::vector<RowKey> row_keys_;
  /// By candidate with rows, in all_'s order: the candidate, its number of rows, and its
  /// id's first 8 bytes, taken while Run has its record at hand, for the views' tie-break
  /// (reading them later cost a pass over the enterprise table).
  struct ScoredCandidate {
    std::uint64_t id_prefix = 0;
    std::size_t candidate = 0;
    std::size_t rows = 0;
  };
  std::vector<ScoredCandidate> scored_;
  /// (candidate, local enterprise) for each scored candidate with a tie, by candidate.
  std::vector<std::pair<std::size_t, std::size_t>> tied_to_;
  std::vector<std::size_t> link_offset_;  ///< By chain: its first link's flat index.
  std::vector<std::string> link_id_;      ///< By flat link: "chain/link" where it has rows.
  std::vector<std::vector<std::vector<std::size_t>>> by_link_;
  std::vector<std::vector<GapPriority>> priorities_;
  /// By chain: the largest gain, dominated count and betweenness of its links.
  struct ChainMaxima {
    std::size_t gain = 0, dominated = 0;
    double betweenness = 0;
  };
  std::vector<ChainMaxima> maxima_;
  std::vector<std::vector<std::size_t>> local_neighbours_;  ///< By [chain][link].
};

/// The stage share of the `named` signal: 谋划 0.4, 洽谈 0.6, 签约 0.8, 在建 0.9, 投产 1.
double StageShare(ProjectStage stage);
/// The investment share: min(1, log10(1 + 亿元) / 2); 0 when the documents give none.
double InvestmentShare(std::optional<double> investment);

}  // namespace chainmap
