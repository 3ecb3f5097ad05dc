#include "src/extract/proposal_apply.h"

#include <functional>
#include <iomanip>
#include <sstream>

#include "src/extract/summary_text.h"

namespace chainmap {
namespace {

std::string Cite(const ApplyOptions& o, const ExtractSource& s) {
  return o.document + (s.section.empty() ? "" : " " + s.section);
}

/// A new id in the zone: "<prefix>-<n>" with the smallest n not taken.
std::string FreeId(const std::string& prefix,
                   const std::function<bool(const std::string&)>& taken) {
  for (int n = 1;; ++n) {
    std::ostringstream id;
    id << prefix << "-" << std::setw(2) << std::setfill('0') << n;
    if (!taken(id.str())) return id.str();
  }
}

std::string Note(const ProjectProposal& p) {
  std::string note = "chainmap extract: “" + p.source.sentence + "”";
  if (!p.stage_cue.empty()) note += " Stage from “" + p.stage_cue + "”.";
  std::ostringstream confidence;
  confidence << std::setprecision(2) << p.confidence;
  return note + " Confidence " + confidence.str() + ".";
}

}  // namespace

ApplyCounts ApplyProposals(const Extraction& x, const ApplyOptions& o, Zone& zone) {
  ApplyCounts counts;
  const std::string prefix = "extract-" + (x.year.empty() ? std::string("summary") : x.year);
  for (const ProjectProposal& p : x.projects) {
    if (p.confidence < o.min_confidence) {
      ++counts.skipped;
      continue;
    }
    Sources sources{Cite(o, p.source)};
    for (const ExtractSource& m : p.mentions) sources.push_back(Cite(o, m));
    if (!p.zone_project.empty()) {
      const Project* known = zone.FindProject(p.zone_project);
      if (!known) continue;
      Project& z = zone.project(static_cast<std::size_t>(known - zone.projects().data()));
      bool changed = false;
      if (p.stage && *p.stage > z.stage) {
        StageRecord old{z.stage, z.as_of, "", z.source, Extra()};
        z.history.push_back(std::move(old));
        z.stage = *p.stage;
        z.as_of.clear();
        if (!p.target.empty()) z.target = p.target;
        ++counts.stages_changed;
        changed = true;
      }
      if (!z.investment && p.investment_yi) {
        z.investment = p.investment_yi;
        ++counts.amounts_added;
        changed = true;
      }
      if (changed) {
        z.source.insert(z.source.end(), sources.begin(), sources.end());
      } else {
        ++counts.skipped;
      }
      continue;
    }
    Project n;
    n.id = FreeId(prefix, [&](const std::string& id) { return zone.FindProject(id) != nullptr; });
    n.name = p.name;
    if (!p.enterprise_id.empty()) n.enterprise = zone.EnterpriseIndex(p.enterprise_id);
    for (const std::string& link : p.links)
      if (const auto key = zone.FindLink(link)) n.links.push_back(*key);
    n.investment = p.investment_yi;
    n.stage = p.stage.value_or(ProjectStage::kPlanned);
    n.target = p.target;
    n.note = Note(p);
    n.source = std::move(sources);
    zone.AddProject(std::move(n));
    ++counts.projects_added;
  }
  for (const FactProposal& f : x.facts) {
    if (f.confidence < o.min_confidence) {
      ++counts.skipped;
      continue;
    }
    bool known = false;
    for (const Fact& z : zone.facts) known = known || NameKey(z.text) == NameKey(f.text);
    if (known) {
      ++counts.skipped;
      continue;
    }
    Fact n;
    n.id = FreeId(prefix + "-fact", [&](const std::string& id) {
      for (const Fact& z : zone.facts)
        if (z.id == id) return true;
      return false;
    });
    n.text = f.text;
    if (!f.figures.empty()) {
      n.value = f.figures.front().value;
      n.unit = f.figures.front().unit;
    }
    n.note = "chainmap extract: " + std::string(ToString(f.kind));
    n.source = {Cite(o, f.source)};
    zone.facts.push_back(std::move(n));
    ++counts.facts_added;
  }
  return counts;
}

}  // namespace chainmap
