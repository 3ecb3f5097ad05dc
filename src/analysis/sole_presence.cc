#include "src/analysis/sole_presence.h"

#include <utility>

#include <boost/graph/strong_components.hpp>

#include "src/model/chain_boost_graph.h"

namespace chainmap {
namespace {

using Label = std::ptrdiff_t;

/// The label of the union of two sets of present links, each given by its label.
Label Merge(Label a, Label b) {
  if (a == SolePresence::kNone) return b;
  if (b == SolePresence::kNone || a == b) return a;
  return SolePresence::kSeveral;
}

/// The present members of one strongly connected component: how many, and the first two.
struct Members {
  std::size_t count = 0;
  Label first = SolePresence::kNone, second = SolePresence::kNone;

  void Add(Label v) {
    if (count == 0) first = v;
    if (count == 1) second = v;
    ++count;
  }
  Label All() const {
    return count == 0 ? SolePresence::kNone : count == 1 ? first : SolePresence::kSeveral;
  }
  /// The members other than `v` (which may or may not be one).
  Label Except(Label v) const {
    if (v != first && v != second) return All();
    if (count == 1) return SolePresence::kNone;
    if (count == 2) return v == first ? second : first;
    return SolePresence::kSeveral;
  }
};

/// The labels one way (`downstream` false: the present links upstream of each link).
std::vector<Label> Walk(const ChainGraph& chain, const std::vector<std::size_t>& component,
                        const std::vector<Members>& members, bool downstream) {
  const ChainBoostGraph& g = BoostGraph(chain);
  const std::size_t count = members.size();
  std::vector<std::size_t> pending(count, 0);
  std::vector<std::vector<std::size_t>> next(count);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    std::size_t from = component[boost::source(*it, g)], to = component[boost::target(*it, g)];
    if (from == to) continue;
    if (downstream) std::swap(from, to);
    next[from].push_back(to);
    ++pending[to];
  }
  // before[c]: the present links of every component before c in the walk's direction.
  std::vector<Label> before(count, SolePresence::kNone);
  std::vector<std::size_t> ready;
  for (std::size_t c = 0; c < count; ++c)
    if (pending[c] == 0) ready.push_back(c);
  while (!ready.empty()) {
    const std::size_t c = ready.back();
    ready.pop_back();
    const Label through = Merge(before[c], members[c].All());
    for (const std::size_t d : next[c]) {
      before[d] = Merge(before[d], through);
      if (--pending[d] == 0) ready.push_back(d);
    }
  }
  // A link's own component counts too (its other members lie both ways), less the link.
  std::vector<Label> out(component.size());
  for (std::size_t v = 0; v < out.size(); ++v)
    out[v] = Merge(before[component[v]], members[component[v]].Except(Label(v)));
  return out;
}

}  // namespace

SolePresence FindSolePresence(const ChainGraph& chain, const std::vector<bool>& present) {
  const ChainBoostGraph& g = BoostGraph(chain);
  std::vector<std::size_t> component(chain.vertex_count());
  const std::size_t count = boost::strong_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  std::vector<Members> members(count);
  for (std::size_t v = 0; v < component.size(); ++v)
    if (present[v]) members[component[v]].Add(Label(v));
  return {Walk(chain, component, members, false), Walk(chain, component, members, true)};
}

}  // namespace chainmap
