#include "src/extract/proposal_merge.h"

#include "src/extract/summary_text.h"
#include "src/io/number_format.h"

namespace chainmap {
namespace {

bool SameName(const std::string& a, const std::string& b) {
  if (a == b) return true;
  constexpr std::size_t kMin = std::size_t{4} * 3;  // four Chinese characters
  if (a.size() < kMin || b.size() < kMin) return false;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

/// The top-level and second-level section ("二(一)" of "二(一)3").
std::string SectionPrefix(const std::string& section) {
  const std::size_t close = section.find(')');
  return close == std::string::npos ? section : section.substr(0, close + 1);
}

}  // namespace

void MergeMentions(Extraction& extraction) {
  std::vector<ProjectProposal> merged;
  std::vector<std::string> keys;
  for (ProjectProposal& p : extraction.projects) {
    const std::string key = NameKey(p.name);
    std::size_t found = merged.size();
    for (std::size_t i = 0; i < merged.size(); ++i)
      if (SameName(keys[i], key)) found = i;
    if (found == merged.size()) {
      keys.push_back(key);
      merged.push_back(std::move(p));
      continue;
    }
    ProjectProposal& into = merged[found];
    into.mentions.push_back(p.source);
    if (!into.investment_yi && p.investment_yi) into.investment_yi = p.investment_yi;
    if (into.enterprise.empty()) into.enterprise = p.enterprise;
    if (p.confidence >= into.confidence && p.stage) {
      into.stage = p.stage;
      into.stage_cue = p.stage_cue;
      into.confidence = p.confidence;
    }
    if (into.target.empty() && !p.target.empty()) {
      into.target = p.target;
      into.target_stage = p.target_stage;
    }
    // The fuller name is the better one to propose.
    if (p.name.size() > into.name.size() && p.investment_yi) into.name = p.name;
  }
  extraction.projects = std::move(merged);
}

void SeparateParkTotals(Extraction& extraction) {
  std::vector<ProjectProposal> kept;
  auto& projects = extraction.projects;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectProposal& p = projects[i];
    const std::string key = NameKey(p.name);
    bool park = false;
    for (std::string_view end : {"产业园", "园区", "基地", "片区"})
      if (key.ends_with(end)) park = true;
    double sum = 0;
    std::size_t count = 0;
    for (std::size_t j = i + 1; park && p.investment_yi && j < projects.size(); ++j) {
      if (SectionPrefix(projects[j].source.section) != SectionPrefix(p.source.section)) continue;
      if (projects[j].investment_yi) {
        sum += *projects[j].investment_yi;
        ++count;
      }
    }
    if (park && p.investment_yi && count >= 2 && sum <= *p.investment_yi + 1e-9) {
      FactProposal f;
      f.kind = FactProposal::Kind::kTotal;
      f.text = p.name + "总投资 " + FormatNumber(*p.investment_yi) + " 亿元";
      f.figures.push_back({*p.investment_yi, "亿元", false});
      f.confidence = 0.6;
      f.source = p.source;
      extraction.facts.push_back(std::move(f));
      continue;
    }
    kept.push_back(p);
  }
  projects = std::move(kept);
}

}  // namespace chainmap
