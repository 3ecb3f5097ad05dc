#include "src/report/extract_report.h"

#include <nlohmann/json.hpp>

#include "src/io/number_format.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

Json SourceJson(const ExtractSource& s) {
  return Json{{"sentence", s.sentence}, {"section", s.section}, {"line", s.line}};
}

std::string StageLabel(const std::optional<ProjectStage>& stage) {
  return stage ? std::string(ChineseLabel(*stage)) : "未说明";
}

std::string Money(const std::optional<double>& yi) { return yi ? YiText(*yi) : "未给出"; }

std::string Section(const ExtractSource& s) { return s.section.empty() ? "开篇" : s.section; }

std::string Cell(std::string text) {
  for (std::size_t p = text.find('|'); p != std::string::npos; p = text.find('|', p + 2))
    text.replace(p, 1, "\\|");
  return text;
}

}  // namespace

void WriteExtractJson(const Extraction& x, std::ostream& out) {
  Json root{{"document", x.document}, {"title", x.title}, {"year", x.year}};
  Json projects = Json::array();
  for (const ProjectProposal& p : x.projects) {
    Json j{{"name", p.name},
           {"enterprise", p.enterprise.empty() ? Json(nullptr) : Json(p.enterprise)},
           {"investment_yi", p.investment_yi ? Json(*p.investment_yi) : Json(nullptr)},
           {"stage", p.stage ? Json(ToString(*p.stage)) : Json(nullptr)},
           {"stage_cue", p.stage_cue},
           {"target", p.target},
           {"target_stage", p.target_stage ? Json(ToString(*p.target_stage)) : Json(nullptr)},
           {"confidence", p.confidence}};
    j["sentence"] = p.source.sentence;
    j["section"] = p.source.section;
    j["line"] = p.source.line;
    Json mentions = Json::array();
    for (const ExtractSource& m : p.mentions) mentions.push_back(SourceJson(m));
    j["mentions"] = mentions;
    j["zone_project"] = p.zone_project.empty() ? Json(nullptr) : Json(p.zone_project);
    j["enterprise_id"] = p.enterprise_id.empty() ? Json(nullptr) : Json(p.enterprise_id);
    j["chain"] = p.links.empty() ? Json(nullptr)
                                 : Json(p.links.front().substr(0, p.links.front().find('/')));
    j["links"] = p.links;
    projects.push_back(std::move(j));
  }
  root["projects"] = std::move(projects);
  Json changes = Json::array();
  for (const StageChange& c : x.stage_changes) {
    Json j{{"id", c.project_id},
           {"name", c.name},
           {"old_stage", ToString(c.old_stage)},
           {"new_stage", ToString(c.new_stage)},
           {"target", c.target},
           {"confidence", c.confidence}};
    j["sentence"] = c.source.sentence;
    j["section"] = c.source.section;
    j["line"] = c.source.line;
    changes.push_back(std::move(j));
  }
  root["stage_changes"] = std::move(changes);
  Json facts = Json::array();
  for (const FactProposal& f : x.facts) {
    Json figures = Json::array();
    for (const StatedFigure& g : f.figures)
      figures.push_back({{"value", g.value}, {"unit", g.unit}, {"approximate", g.approximate}});
    Json j{{"kind", ToString(f.kind)},
           {"text", f.text},
           {"figures", figures},
           {"confidence", f.confidence}};
    j["sentence"] = f.source.sentence;
    j["section"] = f.source.section;
    j["line"] = f.source.line;
    facts.push_back(std::move(j));
  }
  root["facts"] = std::move(facts);
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

void WriteExtractText(const Extraction& x, std::ostream& out) {
  out << "《" << x.title << "》\n\n";
  out << "项目 " << x.projects.size() << " 个：\n";
  for (const ProjectProposal& p : x.projects) {
    out << "  " << p.name << "｜" << Money(p.investment_yi) << "｜" << StageLabel(p.stage);
    if (!p.target.empty()) out << "｜目标：" << p.target;
    out << "｜" << Section(p.source) << "｜可信度 " << FormatNumber(p.confidence);
    if (!p.zone_project.empty()) out << "｜已在图中";
    out << "\n";
  }
  out << "\n阶段变化 " << x.stage_changes.size() << " 项：\n";
  for (const StageChange& c : x.stage_changes)
    out << "  " << c.name << "：" << ChineseLabel(c.old_stage) << " → " << ChineseLabel(c.new_stage)
        << "｜" << Section(c.source) << "\n";
  out << "\n数据 " << x.facts.size() << " 条（总量、目标、门槛、指标，不作项目）：\n";
  for (const FactProposal& f : x.facts)
    out << "  〔" << ChineseLabel(f.kind) << "〕" << f.text << "｜" << Section(f.source) << "\n";
}

void WriteExtractMarkdown(const Extraction& x, std::ostream& out) {
  out << "# 《" << Cell(x.title) << "》摘录建议\n\n## 项目\n\n";
  out << "| 项目 | 投资 | 阶段 | 目标 | 出处 | 可信度 |\n|---|---|---|---|---|---|\n";
  for (const ProjectProposal& p : x.projects)
    out << "| " << Cell(p.name) << " | " << Money(p.investment_yi) << " | " << StageLabel(p.stage)
        << " | " << Cell(p.target) << " | " << Section(p.source) << " | "
        << FormatNumber(p.confidence) << " |\n";
  out << "\n## 阶段变化\n\n| 项目 | 原阶段 | 新阶段 | 出处 |\n|---|---|---|---|\n";
  for (const StageChange& c : x.stage_changes)
    out << "| " << Cell(c.name) << " | " << ChineseLabel(c.old_stage) << " | "
        << ChineseLabel(c.new_stage) << " | " << Section(c.source) << " |\n";
  out << "\n## 数据（不作项目）\n\n| 类别 | 原文 | 出处 |\n|---|---|---|\n";
  for (const FactProposal& f : x.facts)
    out << "| " << ChineseLabel(f.kind) << " | " << Cell(f.text) << " | " << Section(f.source)
        << " |\n";
}

}  // namespace chainmap
