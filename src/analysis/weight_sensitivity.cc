#include "src/analysis/weight_sensitivity.h"

#include <algorithm>
#include <stdexcept>

namespace chainmap {

WeightSensitivity::WeightSensitivity(const Zone& zone, const LinkStatusAnalysis& status,
                                     const GapAnalysis& gaps,
                                     const CriticalityAnalysis& criticality,
                                     TargetOptions options, std::size_t top_n)
    : zone_(zone),
      status_(status),
      gaps_(gaps),
      criticality_(criticality),
      options_(options),
      top_n_(top_n) {}

std::vector<std::pair<LinkKey, std::size_t>> WeightSensitivity::Top(
    const TargetWeights& weights) const {
  TargetOptions options = options_;
  options.weights = weights;
  TargetRanking ranking(zone_, status_, gaps_, criticality_, options);
  ranking.Run();
  std::vector<std::pair<LinkKey, std::size_t>> out;
  for (const Target& t : ranking.targets()) {
    if (out.size() == top_n_) break;
    out.emplace_back(t.link, t.candidate);
  }
  return out;
}

void WeightSensitivity::Run() {
  const TargetWeights base = options_.weights.value_or(zone_.settings.target_weights);
  base_ = Top(base);
  shifts_.clear();
  const std::pair<std::string_view, double TargetWeights::*> fields[] = {
      {"gap", &TargetWeights::gap},         {"named", &TargetWeights::named},
      {"distance", &TargetWeights::distance}, {"scale", &TargetWeights::scale},
      {"relatedness", &TargetWeights::relatedness}, {"ties", &TargetWeights::ties}};
  for (const auto& [name, field] : fields) {
    for (double factor : {0.75, 1.25}) {
      TargetWeights w = base;
      w.*field *= factor;
      const auto top = Top(w);
      WeightShift shift;
      shift.weight = name;
      shift.factor = factor;
      for (std::size_t i = 0; i < base_.size(); ++i) {
        auto it = std::find(top.begin(), top.end(), base_[i]);
        if (it == top.end())
          shift.left.push_back(base_[i]);
        else if (std::size_t(it - top.begin()) != i)
          ++shift.moved;
      }
      for (const auto& row : top)
        if (std::find(base_.begin(), base_.end(), row) == base_.end()) shift.entered.push_back(row);
      shifts_.push_back(std::move(shift));
    }
  }
  ran_ = true;
}

const std::vector<std::pair<LinkKey, std::size_t>>& WeightSensitivity::base() const {
  if (!ran_) throw std::logic_error("WeightSensitivity: read before Run()");
  return base_;
}

const std::vector<WeightShift>& WeightSensitivity::shifts() const {
  if (!ran_) throw std::logic_error("WeightSensitivity: read before Run()");
  return shifts_;
}

}  // namespace chainmap
