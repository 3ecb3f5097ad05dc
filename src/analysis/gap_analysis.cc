#include "src/analysis/gap_analysis.h"

#include <stdexcept>

namespace chainmap {
namespace {

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

GapType GapTypeOf(LinkStatus status, bool local_upstream, bool local_downstream) {
  switch (status) {
    case LinkStatus::kStrong:
      return GapType::kNone;
    case LinkStatus::kWeak:
      return GapType::kStrengthen;
    case LinkStatus::kFilling:
    case LinkStatus::kMissing:
      break;
  }
  return local_upstream && local_downstream ? GapType::kFill : GapType::kExtend;
}

ChainPresence FindChainPresence(const Zone& zone, std::size_t c,
                                const std::function<LinkStatus(LinkKey)>& status_of) {
  const Chain& chain = zone.chains()[c];
  const std::size_t n = chain.links().size();
  auto present = [&](LinkKey k) {
    const LinkStatus s = status_of(k);
    return s == LinkStatus::kStrong || s == LinkStatus::kWeak;
  };
  ChainPresence out;
  out.here.resize(n);
  out.cross_up.assign(n, false);
  out.cross_down.assign(n, false);
  for (std::size_t l = 0; l < n; ++l) out.here[l] = present({c, l});
  for (const CrossEdge& e : zone.cross_edges) {
    if (e.to.chain == c && present(e.from)) out.cross_up[e.to.link] = true;
    if (e.from.chain == c && present(e.to)) out.cross_down[e.from.link] = true;
  }
  out.beyond = FindSolePresence(chain.graph(), out.here);
  return out;
}

std::vector<GapType> ChainGapTypes(const Zone& zone, std::size_t c,
                                   const std::function<LinkStatus(LinkKey)>& status_of) {
  const ChainPresence p = FindChainPresence(zone, c, status_of);
  std::vector<GapType> out(p.here.size());
  for (std::size_t l = 0; l < out.size(); ++l)
    out[l] = GapTypeOf(status_of({c, l}), p.beyond.up[l] != SolePresence::kNone || p.cross_up[l],
                       p.beyond.down[l] != SolePresence::kNone || p.cross_down[l]);
  return out;
}

const Completeness& GapAnalysis::zone_localizable() const {
  if (!ran_) throw std::logic_error("GapAnalysis: read before Run()");
  return zone_localizable_;
}

}  // namespace chainmap
