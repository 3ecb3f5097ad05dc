#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "src/analysis/link_status_analysis.h"
#include "src/analysis/region_table.h"

namespace chainmap {

/// What the zone's data says about one external candidate, whatever link it is ranked
/// for. Each signal is a share in [0, 1]; the score multiplies it by its weight
/// (Settings::target_weights). Rules in docs/analysis.md, section 5.
struct CandidateSignals {
  // Distance: 0.5 × class share (同城 1, 同省 0.75, 邻省 0.5, 省外 0.25, 境外/不详 0)
  // + 0.5 × max(0, 1 − km / 3000), km between the zone's and the candidate's places.
  Proximity proximity = Proximity::kUnknown;
  std::optional<double> km;
  double distance = 0;
  // Scale: 上市 0.4, 专精特新 0.2, 高新技术 0.1, 规上 0.1, 链主 0.2 / 链核 0.1, revenue
  // min(0.3, 0.1 × log10(1 + 亿元)); capped at 1.
  double scale = 0;
  // Relatedness: the candidate's links (any chain) with a present neighbour or themselves
  // present, r; share r / (r + 1).
  std::size_t related_links = 0;
  double relatedness = 0;
  // Ties: a recorded tie to a local enterprise (either side records it): group 1,
  // supplier or customer 0.7; the strongest counts.
  std::optional<std::size_t> tied_to;  ///< The local enterprise of the strongest tie.
  std::optional<TieKind> tie_kind;
  double ties = 0;
  /// A source of the candidate cites a zone document (not [pub], [gk] or [inf]).
  bool in_documents = false;
};

/// The distance share of a proximity class and a distance (rule above).
double DistanceShare(Proximity proximity, std::optional<double> km);

/// Computes the signals of candidates on demand, caching what each region string says.
class CandidateSignalTable {
 public:
  CandidateSignalTable(const Zone& zone, const LinkStatusAnalysis& status);

  /// What Compute remembers between candidates: what each region string and tag text says.
  /// Every thread that computes signals needs one of its own; the table's own serves
  /// Compute(e) and Get.
  class Memo {
    friend class CandidateSignalTable;
    /// What a region string says of a candidate's place: its proximity class and distance.
    struct RegionSignal {
      Proximity proximity = Proximity::kUnknown;
      std::optional<double> km;
    };
    /// By region text: the address of its one copy (SharedText keeps each text once), so a
    /// candidate's region is looked up without hashing or comparing its bytes.
    std::unordered_map<const std::string*, RegionSignal> places_;
    /// Which of the scale signal's tag parts (上市, 专精特新, 高新技术, 规上) a tag contains,
    /// as bits, by tag text: a zone's tags repeat, and four substring searches per tag cost
    /// more than one look-up. An open-addressed table (a power of two of slots, an empty
    /// text a free one) hashed on the text's first and last 8 bytes: a zone has a few
    /// hundred distinct tags, and std::unordered_map's hash of every byte and its node
    /// cost a tenth of the row pass.
    struct TagSlot {
      std::string_view text;
      unsigned parts = 0;
    };
    std::vector<TagSlot> tag_slots_;
    std::size_t tag_count_ = 0;
  };

  /// The signals of enterprise `e`, worked out afresh (nothing kept but the region's place):
  /// for a pass over every candidate, which keeps what it needs of them itself.
  CandidateSignals Compute(std::size_t e) { return Compute(e, memo_); }
  /// The same with a memo of the caller's: safe to call from several threads at once, each
  /// with its own memo.
  CandidateSignals Compute(std::size_t e, Memo& memo) const;
  /// The signals of enterprise `e`, kept once computed: for the few that a report or a later
  /// analysis asks about again.
  const CandidateSignals& Get(std::size_t e);
  /// The zone's own place: zone.json's region when the loader gives one, else the most
  /// common region of the local enterprises; nullopt when neither is known.
  const std::optional<Place>& home() const { return home_; }

 private:
  const Zone& zone_;
  std::optional<Place> home_;
  /// By chain and link: present itself or next to a present link (chain or cross edge).
  std::vector<std::vector<bool>> related_;
  /// The local enterprises by id: a candidate's ties look here, not in the zone's table
  /// of every enterprise (twenty times larger, so a miss in the cache each).
  std::unordered_map<std::string_view, std::size_t> local_index_;
  /// Local enterprise ties recorded on the local side: (candidate, local, kind).
  std::vector<std::tuple<std::size_t, std::size_t, TieKind>> local_ties_;
  /// Those asked for through Get, by enterprise: a handful of the zone's candidates (a
  /// table by enterprise cost a million records' page faults in every analysis).
  std::unordered_map<std::size_t, CandidateSignals> cache_;
  Memo memo_;  ///< For Compute(e) and Get.
  static unsigned TagParts(std::string_view tag, Memo& memo);
};

}  // namespace chainmap
