#include "src/analysis/gap_analysis.h"

#include <stdexcept>

#include <boost/graph/strong_components.hpp>

namespace chainmap {
namespace {

/// For every link: whether a present link other than itself lies upstream of it
/// (`forward` false: some path from that link reaches it) or downstream. Linear: one pass
/// over the strongly connected components in topological order.
std::vector<bool> PresentBeyond(const ChainGraph& chain, const std::vector<bool>& present,
                                bool downstream) {
  const auto& g = chain.graph();
  const std::size_t n = chain.vertex_count();
  std::vector<std::size_t> component(n);
  const std::size_t count = boost::strong_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  // Per component: present members, and the components it feeds (or is fed by).
  std::vector<std::size_t> members_present(count, 0), pending(count, 0);
  std::vector<std::vector<std::size_t>> next(count);
  for (std::size_t v = 0; v < n; ++v) members_present[component[v]] += present[v];
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    std::size_t from = component[boost::source(*it, g)], to = component[boost::target(*it, g)];
    if (from == to) continue;
    if (downstream) std::swap(from, to);
    next[from].push_back(to);
    ++pending[to];
  }
  // beyond[c]: some component before c (in the walk's direction) has a present member.
  std::vector<bool> beyond(count, false);
  std::vector<std::size_t> ready;
  for (std::size_t c = 0; c < count; ++c)
    if (pending[c] == 0) ready.push_back(c);
  while (!ready.empty()) {
    const std::size_t c = ready.back();
    ready.pop_back();
    for (std::size_t d : next[c]) {
      beyond[d] = beyond[d] || beyond[c] || members_present[c] > 0;
      if (--pending[d] == 0) ready.push_back(d);
    }
  }
  std::vector<bool> out(n);
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t c = component[v];
    out[v] = beyond[c] || members_present[c] > (present[v] ? 1u : 0u);
  }
  return out;
}

void Count(Completeness& c, LinkStatus status) {
  ++c.links;
  switch (status) {
    case LinkStatus::kStrong:
      ++c.strong;
      break;
    case LinkStatus::kWeak:
      ++c.weak;
      break;
    case LinkStatus::kFilling:
      ++c.filling;
      break;
    case LinkStatus::kMissing:
      ++c.missing;
      break;
  }
}

void Finish(Completeness& c, const Settings& settings) {
  if (c.links == 0) return;
  c.value = (static_cast<double>(c.strong) + settings.weak_credit * static_cast<double>(c.weak) +
             settings.filling_credit * static_cast<double>(c.filling)) /
            static_cast<double>(c.links);
}

}  // namespace

std::string_view ToString(GapType type) {
  switch (type) {
    case GapType::kNone:
      return "none";
    case GapType::kFill:
      return "fill";
    case GapType::kExtend:
      return "extend";
    case GapType::kStrengthen:
      return "strengthen";
  }
  return "";
}

std::string_view ChineseLabel(GapType type) {
  switch (type) {
    case GapType::kNone:
      return "";
    case GapType::kFill:
      return "补链";
    case GapType::kExtend:
      return "延链";
    case GapType::kStrengthen:
      return "强链";
  }
  return "";
}

GapAnalysis::GapAnalysis(const Zone& zone, const LinkStatusAnalysis& status)
    : zone_(zone), status_(status) {}

void GapAnalysis::Run() {
  const auto& states = status_.states();
  gaps_.assign(zone_.chains().size(), {});
  chains_.assign(zone_.chains().size(), {});
  zone_total_ = {};
  zone_localizable_ = {};
  const auto status_of = [&](LinkKey k) { return states[k.chain][k.link].status; };
  for (std::size_t c = 0; c < zone_.chains().size(); ++c) {
    const Chain& chain = zone_.chains()[c];
    gaps_[c] = ChainGapTypes(zone_, c, status_of);
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      const LinkStatus status = states[c][l].status;
      Count(chains_[c].total, status);
      Count(chains_[c].stages[static_cast<std::size_t>(chain.links()[l].stage)], status);
      Count(zone_total_, status);
      if (chain.links()[l].scope.pursued) {
        Count(chains_[c].localizable, status);
        Count(zone_localizable_, status);
      }
    }
    Finish(chains_[c].total, zone_.settings);
    Finish(chains_[c].localizable, zone_.settings);
    for (Completeness& s : chains_[c].stages) Finish(s, zone_.settings);
  }
  Finish(zone_total_, zone_.settings);
  Finish(zone_localizable_, zone_.settings);
  ran_ = true;
}

const std::vector<std::vector<GapType>>& GapAnalysis::gaps() const {
  if (!ran_) throw std::logic_error("GapAnalysis: read before Run()");
  return gaps_;
}

const std::vector<ChainCompleteness>& GapAnalysis::chains() const {
  if (!ran_) throw std::logic_error("GapAnalysis: read before Run()");
  return chains_;
}

const Completeness& GapAnalysis::zone_completeness() const {
  if (!ran_) throw std::logic_error("GapAnalysis: read before Run()");
  return zone_total_;
}

}  // namespace chainmap

namespace chainmap {

std::vector<GapType> ChainGapTypes(const Zone& zone, std::size_t c,
                                   const std::function<LinkStatus(LinkKey)>& status_of) {
  const Chain& chain = zone.chains()[c];
  const std::size_t n = chain.links().size();
  auto present = [&](LinkKey k) {
    const LinkStatus s = status_of(k);
    return s == LinkStatus::kStrong || s == LinkStatus::kWeak;
  };
  std::vector<bool> here(n), cross_up(n, false), cross_down(n, false);
  for (std::size_t l = 0; l < n; ++l) here[l] = present({c, l});
  for (const CrossEdge& e : zone.cross_edges) {
    if (e.to.chain == c && present(e.from)) cross_up[e.to.link] = true;
    if (e.from.chain == c && present(e.to)) cross_down[e.from.link] = true;
  }
  const std::vector<bool> up = PresentBeyond(chain.graph(), here, false);
  const std::vector<bool> down = PresentBeyond(chain.graph(), here, true);
  std::vector<GapType> out(n, GapType::kNone);
  for (std::size_t l = 0; l < n; ++l) {
    const LinkStatus s = status_of({c, l});
    if (s == LinkStatus::kStrong) continue;
    if (s == LinkStatus::kWeak)
      out[l] = GapType::kStrengthen;
    else
      out[l] = (up[l] || cross_up[l]) && (down[l] || cross_down[l]) ? GapType::kFill
                                                                     : GapType::kExtend;
  }
  return out;
}

const Completeness& GapAnalysis::zone_localizable() const {
  if (!ran_) throw std::logic_error("GapAnalysis: read before Run()");
  return zone_localizable_;
}

}  // namespace chainmap
