#include "src/report/report_data.h"

#include <algorithm>

#include "render/analysis_inputs.h"
#include "src/analysis/project_progress.h"
#include "src/io/number_format.h"
#include "src/io/source_citation.h"
#include "src/model/source_text.h"
#include "src/report/leader_summary.h"
#include "src/report/list_cells.h"
#include "src/report/target_reasons.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

Json SourcesJson(const Zone& zone, const Sources& sources) {
  return Json(SourceTexts(zone, sources));
}

Json CompletenessJson(const Completeness& c) {
  return {{"value", Round2(c.value)}, {"links", c.links},     {"strong", c.strong},
          {"weak", c.weak},           {"filling", c.filling}, {"missing", c.missing}};
}

Json LinkKeys(const std::vector<LinkKey>& links) {
  Json out = Json::array();
  for (const LinkKey& k : links) out.push_back({k.chain, k.link});
  return out;
}

Json EnterpriseJson(const Zone& zone, const Enterprise& e) {
  Json out = {{"name", e.name}, {"short", e.short_name}, {"local", e.local}};
  out["role"] = e.role == Role::kNone ? "" : std::string(ChineseLabel(e.role));
  out["tags"] = JoinCells(e.tags, "、");
  std::string revenue;
  if (e.revenue)
    revenue = FormatNumber(RoundAmount(e.revenue->value)) + " " + e.revenue->unit +
              (e.revenue->year ? "（" + std::to_string(*e.revenue->year) + " 年）" : "");
  out["revenue"] = revenue;
  out["region"] = e.region;
  out["contact"] = e.local ? std::string() : ContactCell(e);
  out["links"] = LinkKeys(e.links);
  out["source"] = SourcesJson(zone, e.source);
  return out;
}

Json ProjectJson(const Zone& zone, const Project& p, const ProjectDates& d) {
  Json out = {{"name", p.name}};
  out["enterprise"] = p.enterprise ? Json(*p.enterprise) : Json(nullptr);
  out["stage"] = ChineseLabel(p.stage);
  out["rank"] = static_cast<int>(p.stage);
  out["investment"] = p.investment ? YiText(*p.investment) : std::string();
  out["as_of"] = d.reported;
  out["target"] = p.target;
  out["target_month"] = d.target_month.value_or("");
  out["stale"] = d.stale;
  out["overdue"] = d.overdue;
  out["links"] = LinkKeys(p.links);
  out["cluster"] = p.cluster ? ClusterCell(zone.clusters[*p.cluster]) : std::string();
  out["source"] = SourcesJson(zone, p.source);
  return out;
}

Json TargetsJson(const ZoneAnalysis& a) {
  Json out = Json::array();
  for (const Target& t : a.targets().targets()) {
    Json j = {{"chain", t.link.chain}, {"link", t.link.link}, {"candidate", t.candidate}};
    j["gap"] = ChineseLabel(t.gap);
    j["score"] = Round2(t.score.total);
    j["parts"] = {Round2(t.score.gap),   Round2(t.score.named),       Round2(t.score.distance),
                  Round2(t.score.scale), Round2(t.score.relatedness), Round2(t.score.ties)};
    j["project"] = t.project ? Json(*t.project) : Json(nullptr);
    j["reason"] = TargetReason(a, t);
    out.push_back(j);
  }
  return out;
}

/// A link under both scenarios: [现状, 远景].
Json LinkJson(const ReportDataInput& in, LinkKey key, const std::vector<std::size_t>& enterprises,
              const std::vector<std::size_t>& projects) {
  const Link& link = in.now.zone().link(key);
  Json out = {{"key", link.id}, {"name", link.name.zh}, {"stage", ChineseLabel(link.stage)}};
  Json status = Json::array(), gap = Json::array(), targets = Json::array();
  for (const ZoneAnalysis* a : {&in.now, &in.vision}) {
    status.push_back(ToString(a->status().state(key).status));
    const GapType g = a->gaps().gaps()[key.chain][key.link];
    gap.push_back(g == GapType::kNone ? "" : std::string(ChineseLabel(g)));
    targets.push_back(a->targets().by_link()[key.chain][key.link]);
  }
  out["status"] = status;
  out["gap"] = gap;
  out["targets"] = targets;
  out["chokepoint"] = in.now.criticality().link(key).chokepoint;
  out["enterprises"] = enterprises;
  out["projects"] = projects;
  return out;
}

bool IsIdColumn(const std::string& header) { return header.ends_with("ID"); }

Json TableJson(const Zone& zone, const Table& table) {
  std::vector<std::size_t> shown;
  Json columns = Json::array();
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (IsIdColumn(table.columns[i].header)) continue;
    shown.push_back(i);
    columns.push_back({{"title", table.columns[i].header},
                       {"number", table.columns[i].type == ColumnType::kNumber}});
  }
  Json rows = Json::array();
  for (const auto& row : table.rows) {
    Json r = Json::array();
    for (std::size_t i : shown) {
      const Cell& cell = row[i];
      if (const auto* number = std::get_if<double>(&cell)) {
        r.push_back(*number);
      } else if (const auto* text = std::get_if<std::string>(&cell)) {
        if (table.columns[i].header != "来源") {
          r.push_back(*text);
          continue;
        }
        // A source cell lists sources separated by "；": each as a leader reads it.
        std::string shown_text;
        std::size_t start = 0;
        Sources parts;
        while (start <= text->size()) {
          const std::size_t end = text->find("；", start);
          parts.push_back(text->substr(start, end == std::string::npos ? end : end - start));
          if (end == std::string::npos) break;
          start = end + std::string_view("；").size();
        }
        for (const auto& s : SourcesJson(zone, parts))
          shown_text += (shown_text.empty() ? "" : "；") + s.template get<std::string>();
        r.push_back(shown_text);
      } else {
        r.push_back("");
      }
    }
    rows.push_back(r);
  }
  return {{"title", table.title}, {"columns", columns}, {"rows", rows}};
}

}  // namespace

Json ReportData(const ReportDataInput& in) {
  const Zone& zone = in.now.zone();
  Json out = Json::object();
  out["zone"] = {{"name", zone.name.zh}, {"as_of", zone.as_of}};
  const ProjectStage stage = in.vision.options().assume_stage.value_or(ProjectStage::kSigned);
  out["scenarios"] = {"现状", "远景"};
  out["scenario_notes"] = {"按截至 " + zone.as_of + " 已投产的企业与项目评定",
                           ScenarioSentence(stage)};
  out["open_vision"] = in.open_vision;
  out["leader_summary"] = LeaderSummaryJson(BuildLeaderSummary(in.now, in.vision, in.language));
  out["completeness"] = {CompletenessJson(in.now.gaps().zone_completeness()),
                         CompletenessJson(in.vision.gaps().zone_completeness())};
  Json statuses = Json::object();
  for (LinkStatus s :
       {LinkStatus::kStrong, LinkStatus::kWeak, LinkStatus::kFilling, LinkStatus::kMissing})
    statuses[std::string(ToString(s))] = ChineseLabel(s);
  out["status_labels"] = statuses;
  Json stages = Json::array();
  for (ProjectStage s : {ProjectStage::kPlanned, ProjectStage::kNegotiating, ProjectStage::kSigned,
                         ProjectStage::kConstruction, ProjectStage::kOperating})
    stages.push_back(ChineseLabel(s));
  out["project_stages"] = stages;

  const auto enterprises = zone.EnterprisesByLink();
  const auto projects = zone.ProjectsByLink();
  Json chains = Json::array();
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    Json j = {{"key", chain.id}, {"name", chain.name.zh}};
    j["chief"] = ChiefCell(chain.chief);
    j["unit"] = ChiefCell(chain.unit);
    j["completeness"] = {CompletenessJson(in.now.gaps().chains()[c].total),
                         CompletenessJson(in.vision.gaps().chains()[c].total)};
    Json links = Json::array();
    for (std::size_t l = 0; l < chain.links().size(); ++l)
      links.push_back(LinkJson(in, {c, l}, enterprises[c][l], projects[c][l]));
    j["links"] = links;
    chains.push_back(j);
  }
  out["chains"] = chains;
  Json ents = Json::array();
  for (const Enterprise& e : zone.enterprises()) ents.push_back(EnterpriseJson(zone, e));
  out["enterprises"] = ents;
  Json projs = Json::array();
  ProjectProgress progress(zone);
  progress.Run();
  for (std::size_t i = 0; i < zone.projects().size(); ++i)
    projs.push_back(ProjectJson(zone, zone.projects()[i], progress.projects()[i]));
  out["projects"] = projs;
  out["targets"] = {TargetsJson(in.now), TargetsJson(in.vision)};
  // The figures and aims the zone's documents state, in the order zone.json keeps them,
  // each with its source by title and the chain it concerns.
  Json facts = Json::array();
  for (const Fact& f : zone.facts)
    facts.push_back({{"text", f.text},
                     {"chain", f.chain ? Json(*f.chain) : Json()},
                     {"source", SourcesJson(zone, f.source)}});
  out["facts"] = facts;
  // Each document as a list of sources cites it, by the title the sources show.
  Json documents = Json::object();
  for (const Document& d : zone.documents)
    documents["《" + d.title + "》"] = CitedSource(zone, d.file, false);
  out["documents"] = documents;
  Json tables = Json::array();
  for (const Table& t : in.tables) tables.push_back(TableJson(zone, t));
  out["tables"] = tables;
  return out;
}

}  // namespace chainmap
