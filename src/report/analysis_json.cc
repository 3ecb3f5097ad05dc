#include "src/report/analysis_json.h"

#include "src/io/number_format.h"
#include "src/report/target_reasons.h"

#include <cmath>

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

Json CompletenessJson(const Completeness& c) {
  Json out = Json::object();
  out["value"] = c.links ? Json(Round4(c.value)) : Json(nullptr);
  out["links"] = c.links;
  out["strong"] = c.strong;
  out["weak"] = c.weak;
  out["filling"] = c.filling;
  out["missing"] = c.missing;
  return out;
}

Json StageCompleteness(const ChainCompleteness& c) {
  Json out = Json::object();
  for (Stage s : {Stage::kUpstream, Stage::kMidstream, Stage::kDownstream}) {
    const Completeness& x = c.stages[static_cast<std::size_t>(s)];
    out[std::string(ToString(s))] = x.links ? Json(Round4(x.value)) : Json(nullptr);
  }
  return out;
}

Json Ids(const Zone& zone, const std::vector<std::size_t>& enterprises) {
  Json out = Json::array();
  for (std::size_t e : enterprises) out.push_back(zone.enterprises()[e].id);
  return out;
}

Json ProjectIds(const Zone& zone, const std::vector<std::size_t>& projects) {
  Json out = Json::array();
  for (std::size_t p : projects) out.push_back(zone.projects()[p].id);
  return out;
}

Json LinkJson(const ZoneAnalysis& a, LinkKey key) {
  const Zone& zone = a.zone();
  const Link& link = zone.link(key);
  const LinkState& state = a.status().state(key);
  const LinkCriticality& m = a.criticality().link(key);
  const GapType gap = a.gaps().gaps()[key.chain][key.link];
  Json out = Json::object();
  out["id"] = link.id;
  out["name"] = link.name.zh;
  out["stage"] = ToString(link.stage);
  out["status"] = ToString(state.status);
  if (const LinkStatusAnalysis* before = a.baseline_status())
    out["status_before"] = ToString(before->state(key).status);
  out["gap"] = gap == GapType::kNone ? Json(nullptr) : Json(ToString(gap));
  out["pursued"] = link.scope.pursued;
  if (!link.scope.pursued) out["not_pursued_reason"] = link.scope.reason;
  out["priority"] = a.targets().priorities()[key.chain][key.link].total;
  out["operators"] = Ids(zone, state.operators);
  out["filling_projects"] = ProjectIds(zone, state.filling_projects);
  if (!state.anonymous_projects.empty())
    out["built_projects"] = ProjectIds(zone, state.anonymous_projects);
  out["betweenness"] = Round4(m.betweenness);
  out["idom"] =
      m.idom < 0 ? Json(nullptr) : Json(zone.chains()[key.chain].links()[std::size_t(m.idom)].id);
  out["dominated"] = m.dominated;
  out["chokepoint"] = m.chokepoint;
  out["break_risk"] = m.break_risk;
  out["articulation"] = m.articulation;
  out["entry"] = m.entry;
  out["end"] = m.end;
  out["gain"] = m.gain;
  Json targets = Json::array();
  for (std::size_t i : a.targets().by_link()[key.chain][key.link]) {
    const Target& t = a.targets().targets()[i];
    targets.push_back(
        {{"candidate", zone.enterprises()[t.candidate].id}, {"score", t.score.total}});
  }
  out["targets"] = targets;
  return out;
}

Json DepartureJson(const Zone& zone, const Departure& d) {
  Json out = Json::object();
  out["enterprise"] = zone.enterprises()[d.enterprise].id;
  out["role"] = ToString(zone.enterprises()[d.enterprise].role);
  out["damage"] = d.damage();
  Json failed = Json::array(), starved = Json::array(), chains = Json::array();
  for (const LinkKey& k : d.failed) failed.push_back(zone.QualifiedId(k));
  for (const LinkKey& k : d.starved) starved.push_back(zone.QualifiedId(k));
  for (const ChainImpact& c : d.chains)
    chains.push_back({{"chain", zone.chains()[c.chain].id},
                      {"present_before", c.present_before},
                      {"lost", c.lost},
                      {"retained", Round4(c.retained)}});
  Json weakened = Json::array(), flipped = Json::array();
  for (const LinkKey& k : d.weakened) weakened.push_back(zone.QualifiedId(k));
  for (const LinkKey& k : d.flipped) flipped.push_back(zone.QualifiedId(k));
  out["failed"] = failed;
  out["weakened"] = weakened;
  out["starved"] = starved;
  out["completeness_lost"] = Round4(d.completeness_lost);
  out["gap_flips"] = flipped;
  out["targets_changed"] = d.targets_changed.size();
  out["chains"] = chains;
  return out;
}

bool Touches(const Departure& d, std::size_t chain) {
  for (const ChainImpact& c : d.chains)
    if (c.chain == chain) return true;
  return false;
}

}  // namespace

Json TargetToJson(const ZoneAnalysis& a, const Target& t) {
  const Zone& zone = a.zone();
  Json out = Json::object();
  out["link"] = zone.QualifiedId(t.link);
  out["gap"] = ToString(t.gap);
  out["candidate"] = zone.enterprises()[t.candidate].id;
  out["name"] = zone.enterprises()[t.candidate].DisplayName();
  out["score"] = t.score.total;
  out["parts"] = {{"gap", t.score.gap},
                  {"named", t.score.named},
                  {"distance", t.score.distance},
                  {"scale", t.score.scale},
                  {"relatedness", t.score.relatedness},
                  {"ties", t.score.ties}};
  out["in_talks"] = t.in_talks;
  out["project"] = t.project ? Json(zone.projects()[*t.project].id) : Json(nullptr);
  out["reason"] = TargetReason(a, t);
  return out;
}

Json TargetsToJson(const ZoneAnalysis& a, std::optional<std::size_t> chain) {
  Json out = Json::object();
  out["zone"] = a.zone().id;
  out["assume_stage"] =
      a.options().assume_stage ? Json(ToString(*a.options().assume_stage)) : Json(nullptr);
  Json targets = Json::array();
  for (const Target& t : a.targets().targets())
    if (!chain || t.link.chain == *chain) targets.push_back(TargetToJson(a, t));
  out["targets"] = targets;
  return out;
}

Json AnalysisToJson(const ZoneAnalysis& a, std::optional<std::size_t> chain) {
  const Zone& zone = a.zone();
  Json out = Json::object();
  out["zone"] = zone.id;
  out["assume_stage"] =
      a.options().assume_stage ? Json(ToString(*a.options().assume_stage)) : Json(nullptr);
  out["completeness"] = CompletenessJson(a.gaps().zone_completeness());
  out["completeness_localizable"] = CompletenessJson(a.gaps().zone_localizable());
  if (a.baseline_gaps())
    out["completeness_before"] = CompletenessJson(a.baseline_gaps()->zone_completeness());
  Json chains = Json::array();
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    if (chain && c != *chain) continue;
    const ChainCompleteness& cc = a.gaps().chains()[c];
    Json j = Json::object();
    j["id"] = zone.chains()[c].id;
    j["name"] = zone.chains()[c].name.zh;
    j["completeness"] = cc.total.links ? Json(Round4(cc.total.value)) : Json(nullptr);
    if (a.baseline_gaps()) {
      const Completeness& before = a.baseline_gaps()->chains()[c].total;
      j["completeness_before"] = before.links ? Json(Round4(before.value)) : Json(nullptr);
    }
    j["counts"] = CompletenessJson(cc.total);
    j["completeness_localizable"] =
        cc.localizable.links ? Json(Round4(cc.localizable.value)) : Json(nullptr);
    j["stages"] = StageCompleteness(cc);
    const ChainResilience& r = a.resilience().chains()[c];
    j["resilience"] = {
        {"present", r.present},
        {"worst_retained", Round4(r.worst_retained)},
        {"worst_enterprise",
         r.worst_enterprise ? Json(zone.enterprises()[*r.worst_enterprise].id) : Json(nullptr)}};
    Json links = Json::array();
    for (std::size_t l = 0; l < zone.chains()[c].links().size(); ++l)
      links.push_back(LinkJson(a, {c, l}));
    j["links"] = links;
    chains.push_back(j);
  }
  out["chains"] = chains;
  Json departures = Json::array();
  for (const Departure& d : a.resilience().ranking())
    if (!chain || Touches(d, *chain)) departures.push_back(DepartureJson(zone, d));
  out["departures"] = departures;
  out["targets"] = TargetsToJson(a, chain)["targets"];
  return out;
}

}  // namespace chainmap
