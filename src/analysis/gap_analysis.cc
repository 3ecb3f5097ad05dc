#include "src/analysis/gap_analysis.h"

#include <stdexcept>

namespace chainmap {
namespace {

/// Whether a present link other than `start` can be reached from it along edges
/// (`forward`) or against them.
bool ReachesPresent(const ChainGraph& chain, std::size_t start, bool forward,
                    const std::vector<bool>& present, std::vector<std::size_t>& stamp,
                    std::size_t round) {
  const auto& g = chain.graph();
  std::vector<std::size_t> stack{start};
  stamp[start] = round;
  while (!stack.empty()) {
    const std::size_t v = stack.back();
    stack.pop_back();
    auto step = [&](std::size_t w) {
      if (stamp[w] == round) return false;
      stamp[w] = round;
      stack.push_back(w);
      return static_cast<bool>(present[w]);
    };
    if (forward) {
      for (auto [it, e] = boost::out_edges(v, g); it != e; ++it)
        if (step(boost::target(*it, g))) return true;
    } else {
      for (auto [it, e] = boost::in_edges(v, g); it != e; ++it)
        if (step(boost::source(*it, g))) return true;
    }
  }
  return false;
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
  for (std::size_t c = 0; c < zone_.chains().size(); ++c) {
    const Chain& chain = zone_.chains()[c];
    const std::size_t n = chain.links().size();
    const std::vector<bool> present = status_.Present(c);
    std::vector<std::size_t> stamp(n, 0);
    std::size_t round = 0;
    gaps_[c].assign(n, GapType::kNone);
    for (std::size_t l = 0; l < n; ++l) {
      const LinkStatus status = states[c][l].status;
      Count(chains_[c].total, status);
      Count(chains_[c].stages[static_cast<std::size_t>(chain.links()[l].stage)], status);
      Count(zone_total_, status);
      if (status == LinkStatus::kStrong) continue;
      if (status == LinkStatus::kWeak) {
        gaps_[c][l] = GapType::kStrengthen;
        continue;
      }
      const bool upstream = ReachesPresent(chain.graph(), l, false, present, stamp, ++round);
      const bool downstream =
          upstream && ReachesPresent(chain.graph(), l, true, present, stamp, ++round);
      gaps_[c][l] = upstream && downstream ? GapType::kFill : GapType::kExtend;
    }
    Finish(chains_[c].total, zone_.settings);
    for (Completeness& s : chains_[c].stages) Finish(s, zone_.settings);
  }
  Finish(zone_total_, zone_.settings);
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
