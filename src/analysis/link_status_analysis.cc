#include "src/analysis/link_status_analysis.h"

#include <algorithm>
#include <stdexcept>

namespace chainmap {
namespace {

constexpr std::string_view kScaleTag = "规上";

}  // namespace

LinkStatusAnalysis::LinkStatusAnalysis(const Zone& zone, std::optional<ProjectStage> assume_stage)
    : zone_(zone), assume_stage_(assume_stage) {}

void LinkStatusAnalysis::Run() {
  states_.assign(zone_.chains().size(), {});
  for (std::size_t c = 0; c < zone_.chains().size(); ++c)
    states_[c].resize(zone_.chains()[c].links().size());

  const auto& enterprises = zone_.enterprises();
  locals_.clear();
  for (std::size_t e = 0; e < enterprises.size(); ++e)
    if (enterprises[e].local) {
      locals_.push_back(e);
      for (const LinkKey& key : enterprises[e].links)
        states_[key.chain][key.link].operators.push_back(e);
    }

  for (std::size_t p = 0; p < zone_.projects().size(); ++p) {
    const Project& project = zone_.projects()[p];
    const bool built = assume_stage_ && project.stage >= *assume_stage_;
    for (const LinkKey& key : project.links) {
      LinkState& state = states_[key.chain][key.link];
      if (built && project.enterprise)
        state.operators.push_back(*project.enterprise);
      else if (built)
        state.anonymous_projects.push_back(p);
      else if (project.stage >= zone_.settings.filling_stage)
        state.filling_projects.push_back(p);
    }
  }

  const std::size_t strong_min = static_cast<std::size_t>(zone_.settings.strong_min_scale);
  for (auto& chain : states_) {
    for (LinkState& state : chain) {
      auto& ops = state.operators;
      std::sort(ops.begin(), ops.end());
      ops.erase(std::unique(ops.begin(), ops.end()), ops.end());
      for (std::size_t e : ops) {
        state.has_leader = state.has_leader || enterprises[e].role == Role::kLeader;
        state.scale_count += enterprises[e].HasTag(kScaleTag);
      }
      if (state.has_leader || (state.scale_count >= strong_min && state.scale_count > 0))
        state.status = LinkStatus::kStrong;
      else if (state.operator_count() > 0)
        state.status = LinkStatus::kWeak;
      else if (!state.filling_projects.empty())
        state.status = LinkStatus::kFilling;
      else
        state.status = LinkStatus::kMissing;
    }
  }
  ran_ = true;
}

const std::vector<std::vector<LinkState>>& LinkStatusAnalysis::states() const {
  if (!ran_) throw std::logic_error("LinkStatusAnalysis: read before Run()");
  return states_;
}

const std::vector<std::size_t>& LinkStatusAnalysis::locals() const {
  if (!ran_) throw std::logic_error("LinkStatusAnalysis: read before Run()");
  return locals_;
}

std::vector<bool> LinkStatusAnalysis::Present(std::size_t chain) const {
  const auto& links = states()[chain];
  std::vector<bool> out(links.size());
  for (std::size_t l = 0; l < links.size(); ++l) out[l] = links[l].present();
  return out;
}

}  // namespace chainmap
