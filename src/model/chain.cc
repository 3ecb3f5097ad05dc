#include "src/model/chain.h"

#include <algorithm>
#include <cassert>

namespace chainmap {

void Chain::SetTopology(std::vector<Link> links, std::vector<Edge> edges) {
  links_ = std::move(links);
  edges_ = std::move(edges);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  pairs.reserve(edges_.size());
  for (const Edge& edge : edges_) {
    assert(edge.from < links_.size() && edge.to < links_.size());
    pairs.emplace_back(edge.from, edge.to);
  }
  graph_ = ChainGraph(links_.size(), pairs);
  by_id_.resize(links_.size());
  for (std::size_t i = 0; i < links_.size(); ++i) by_id_[i] = static_cast<std::uint32_t>(i);
  std::stable_sort(by_id_.begin(), by_id_.end(), [this](std::uint32_t a, std::uint32_t b) {
    return links_[a].id < links_[b].id;
  });
}

std::ptrdiff_t Chain::FindLink(std::string_view link_id) const {
  // The first of equal ids, as the linear search found it (a loaded chain has none twice).
  const auto it =
      std::lower_bound(by_id_.begin(), by_id_.end(), link_id,
                       [this](std::uint32_t i, std::string_view id) { return links_[i].id < id; });
  if (it == by_id_.end() || links_[*it].id != link_id) return -1;
  return static_cast<std::ptrdiff_t>(*it);
}

bool operator==(const Chain& a, const Chain& b) {
  return a.id == b.id && a.name == b.name && a.as_of == b.as_of && a.note == b.note &&
         a.source == b.source && a.extra == b.extra && a.chief == b.chief && a.unit == b.unit &&
         a.issues == b.issues && a.links_ == b.links_ && a.edges_ == b.edges_;
}

}  // namespace chainmap
