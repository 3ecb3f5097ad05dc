#include "src/analysis/candidate_signals.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <map>
#include <string>
#include <string_view>

#include "src/analysis/present_neighbours.h"

namespace chainmap {
namespace {

double ClassShare(Proximity p) {
  switch (p) {
    case Proximity::kSameCity:
      return 1;
    case Proximity::kSameProvince:
      return 0.75;
    case Proximity::kNeighbour:
      return 0.5;
    case Proximity::kDomestic:
      return 0.25;
    case Proximity::kAbroad:
    case Proximity::kUnknown:
      return 0;
  }
  return 0;
}

/// The tag parts the scale signal looks for, in the order their shares are added.
constexpr std::string_view kScaleTagParts[] = {"上市", "专精特新", "高新技术", "规上"};
constexpr double kScaleTagShares[] = {0.4, 0.2, 0.1, 0.1};

double TieShare(TieKind kind) { return kind == TieKind::kGroup ? 1.0 : 0.7; }

/// A source citing a zone document: anything not marked [pub], [gk] or [inf].
bool CitesDocument(const Sources& sources) {
  return std::any_of(sources.begin(), sources.end(),
                     [](const std::string& s) { return !s.empty() && s.front() != '['; });
}

}  // namespace

double DistanceShare(Proximity proximity, std::optional<double> km) {
  const double near = km ? std::max(0.0, 1.0 - *km / 3000.0) : 0.0;
  return 0.5 * ClassShare(proximity) + 0.5 * near;
}

CandidateSignalTable::CandidateSignalTable(const Zone& zone, const LinkStatusAnalysis& status)
    : zone_(zone) {
  // The zone's place: its own region, else the most common region among local enterprises
  // that the table knows.
  home_ = FindPlace(zone.region.province + zone.region.city);
  if (!home_) {
    std::map<std::string, std::size_t> regions;
    for (std::size_t l : status.locals())
      if (!zone.enterprises()[l].region.empty()) ++regions[zone.enterprises()[l].region];
    std::string best;
    std::size_t best_count = 0;
    for (const auto& [region, count] : regions)
      if (count > best_count && FindPlace(region)) best = region, best_count = count;
    if (!best.empty()) home_ = FindPlace(best);
  }

  const auto& states = status.states();
  const auto neighbours = PresentNeighbours(zone, status);
  related_.resize(states.size());
  for (std::size_t c = 0; c < states.size(); ++c) {
    related_[c].assign(states[c].size(), false);
    for (std::size_t l = 0; l < states[c].size(); ++l)
      related_[c][l] = states[c][l].present() || neighbours[c][l] > 0;
  }
  for (std::size_t l : status.locals()) {
    const Enterprise& local = zone.enterprises()[l];
    local_index_.emplace(local.id, l);
    for (const Tie& t : local.ties)
      if (auto c = zone.EnterpriseIndex(t.enterprise)) {
        // The local side's view reversed: a local firm's supplier is the candidate's customer.
        const TieKind kind = t.kind == TieKind::kSupplier   ? TieKind::kCustomer
                             : t.kind == TieKind::kCustomer ? TieKind::kSupplier
                                                            : TieKind::kGroup;
        local_ties_.emplace_back(*c, l, kind);
      }
  }
  std::sort(local_ties_.begin(), local_ties_.end());
}

unsigned CandidateSignalTable::TagParts(std::string_view tag, Memo& memo) {
  if (tag.empty()) return 0;  // contains no part; the table's free slots are empty texts
  if (memo.tag_slots_.empty()) memo.tag_slots_.resize(256);
  auto slot_of = [](std::string_view text, std::size_t slots) {
    std::uint64_t head = 0, tail = 0;
    std::memcpy(&head, text.data(), std::min<std::size_t>(text.size(), 8));
    if (text.size() > 8) std::memcpy(&tail, text.data() + text.size() - 8, 8);
    const std::uint64_t hash =
        (head * 0x9e3779b97f4a7c15u) ^ (tail * 0xc2b2ae3d27d4eb4fu) ^ text.size();
    return static_cast<std::size_t>(hash ^ hash >> 29) & (slots - 1);
  };
  std::size_t i = slot_of(tag, memo.tag_slots_.size());
  while (!memo.tag_slots_[i].text.empty()) {
    if (memo.tag_slots_[i].text == tag) return memo.tag_slots_[i].parts;
    i = (i + 1) & (memo.tag_slots_.size() - 1);
  }
  unsigned parts = 0;
  for (std::size_t p = 0; p < std::size(kScaleTagParts); ++p)
    if (tag.find(kScaleTagParts[p]) != std::string_view::npos) parts |= 1u << p;
  memo.tag_slots_[i] = {tag, parts};
  if (++memo.tag_count_ * 2 > memo.tag_slots_.size()) {  // at most half full: grow
    std::vector<Memo::TagSlot> old(memo.tag_slots_.size() * 2);
    old.swap(memo.tag_slots_);
    for (const Memo::TagSlot& slot : old) {
      if (slot.text.empty()) continue;
      std::size_t j = slot_of(slot.text, memo.tag_slots_.size());
      while (!memo.tag_slots_[j].text.empty()) j = (j + 1) & (memo.tag_slots_.size() - 1);
      memo.tag_slots_[j] = slot;
    }
  }
  return parts;
}

const CandidateSignals& CandidateSignalTable::Get(std::size_t e) {
  auto it = cache_.find(e);
  if (it == cache_.end()) it = cache_.emplace(e, Compute(e)).first;
  return it->second;
}

CandidateSignals CandidateSignalTable::Compute(std::size_t index, Memo& memo) const {
  const Enterprise& e = zone_.enterprises()[index];
  CandidateSignals s;
  if (home_ && !e.region.empty()) {
    // Looking a region up in the place table is the costly part: once per region string.
    auto it = memo.places_.find(&e.region.str());
    if (it == memo.places_.end()) {
      Memo::RegionSignal r;
      r.proximity = ProximityOf(*home_, e.region);
      if (const auto place = FindPlace(e.region)) r.km = DistanceKm(*home_, *place);
      it = memo.places_.emplace(&e.region.str(), r).first;
    }
    s.proximity = it->second.proximity;
    s.km = it->second.km;
  }
  s.distance = DistanceShare(s.proximity, s.km);

  double scale = 0;
  if (!e.tags.empty()) {
    unsigned parts = 0;
    for (const std::string& tag : e.tags) parts |= TagParts(tag, memo);
    for (std::size_t i = 0; i < std::size(kScaleTagParts); ++i)
      if (parts & 1u << i) scale += kScaleTagShares[i];
  }
  scale += e.role == Role::kLeader ? 0.2 : e.role == Role::kCore ? 0.1 : 0.0;
  if (const auto yi = e.revenue ? RevenueInYi(*e.revenue) : std::nullopt)
    scale += std::min(0.3, 0.1 * std::log10(1 + *yi));
  s.scale = std::min(1.0, scale);

  // Each link once, however often the record lists it (a handful of links: no set needed).
  for (auto k = e.links.begin(); k != e.links.end(); ++k)
    if (std::find(e.links.begin(), k, *k) == k) s.related_links += related_[k->chain][k->link];
  s.relatedness = double(s.related_links) / double(s.related_links + 1);

  auto consider = [&](std::size_t local, TieKind kind) {
    if (!s.tie_kind || TieShare(kind) > TieShare(*s.tie_kind) ||
        (TieShare(kind) == TieShare(*s.tie_kind) &&
         zone_.enterprises()[local].id < zone_.enterprises()[*s.tied_to].id)) {
      s.tied_to = local;
      s.tie_kind = kind;
    }
  };
  for (const Tie& t : e.ties)
    if (auto local = local_index_.find(t.enterprise); local != local_index_.end())
      consider(local->second, t.kind);
  for (auto it = std::lower_bound(local_ties_.begin(), local_ties_.end(),
                                  std::tuple{index, std::size_t{0}, TieKind::kGroup});
       it != local_ties_.end() && std::get<0>(*it) == index; ++it)
    consider(std::get<1>(*it), std::get<2>(*it));
  if (s.tie_kind) s.ties = TieShare(*s.tie_kind);

  s.in_documents = CitesDocument(e.source);
  return s;
}

}  // namespace chainmap
