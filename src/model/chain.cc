#include "src/model/chain.h"

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
}

std::ptrdiff_t Chain::FindLink(std::string_view link_id) const {
  for (std::size_t i = 0; i < links_.size(); ++i)
    if (links_[i].id == link_id) return static_cast<std::ptrdiff_t>(i);
  return -1;
}

bool operator==(const Chain& a, const Chain& b) {
  return a.id == b.id && a.name == b.name && a.as_of == b.as_of && a.note == b.note &&
         a.source == b.source && a.extra == b.extra && a.chief == b.chief && a.unit == b.unit &&
         a.issues == b.issues && a.links_ == b.links_ && a.edges_ == b.edges_;
}

}  // namespace chainmap
