#include "src/report/leader_summary.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "src/io/number_format.h"
#include "src/model/source_text.h"
#include "src/report/list_cells.h"
#include "src/report/target_reasons.h"

namespace chainmap {
namespace {

constexpr std::size_t kTopTargets = 10;
constexpr std::size_t kProjectsPerStage = 3;

std::string CompletenessPercent(const Completeness& c) {
  return c.links == 0 ? std::string("—") : PercentText(c.value, 2);
}

std::string CountsText(const Completeness& c) {
  return "强 " + std::to_string(c.strong) + "、弱 " + std::to_string(c.weak) + "、缺 " +
         std::to_string(c.missing) + "、在补 " + std::to_string(c.filling);
}

std::string AmountText(double value, const std::string& unit) {
  return FormatNumber(RoundAmount(value)) + " " + unit;
}

PageTable CompletenessTable(const ZoneAnalysis& now, const ZoneAnalysis& vision) {
  PageTable t{
      "全区产业链完整度", {2.2, 1.4, 1.4, 4}, {"口径", "现状", "远景", "现状环节（个）"}, {}, ""};
  const Completeness& all = now.gaps().zone_completeness();
  const Completeness& local = now.gaps().zone_localizable();
  t.rows.push_back({"全链（" + std::to_string(all.links) + " 个环节）", CompletenessPercent(all),
                    CompletenessPercent(vision.gaps().zone_completeness()), CountsText(all)});
  t.rows.push_back({"可本地化（" + std::to_string(local.links) + " 个环节）",
                    CompletenessPercent(local),
                    CompletenessPercent(vision.gaps().zone_localizable()), CountsText(local)});
  t.note = "现状：已投产的企业与项目；远景：签约及以后阶段的项目视为建成。";
  return t;
}

PageTable ChainTable(const ZoneAnalysis& now) {
  const Zone& zone = now.zone();
  PageTable t{"各产业链（现状）",
              {3.2, 1.6, 1.6, 0.6, 0.6, 0.6, 0.8, 1.1, 1.3},
              {"产业链", "链长", "责任单位", "强", "弱", "缺", "在补", "全链", "可本地化"},
              {},
              ""};
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    const ChainCompleteness& cc = now.gaps().chains()[c];
    t.rows.push_back({chain.name.zh, ChiefCell(chain.chief), ChiefCell(chain.unit),
                      std::to_string(cc.total.strong), std::to_string(cc.total.weak),
                      std::to_string(cc.total.missing), std::to_string(cc.total.filling),
                      CompletenessPercent(cc.total), CompletenessPercent(cc.localizable)});
  }
  return t;
}

/// The zone's stated figures by measure: target, actual, forecast side by side.
PageTable TargetsAndProgress(const Zone& zone) {
  PageTable t{
      "目标与进度（文件所述）", {2.4, 2, 2.3, 2.3}, {"指标", "目标", "实际", "预计"}, {}, ""};
  std::vector<std::string> order;
  std::map<std::string, std::array<std::string, 3>> cells;
  Sources sources;
  for (const Fact& f : zone.facts) {
    if (f.measure.empty() || !f.kind || !f.value) continue;
    if (!cells.count(f.measure)) order.push_back(f.measure);
    std::string& cell = cells[f.measure][static_cast<std::size_t>(*f.kind)];
    cell = AmountText(*f.value, f.unit) + (f.year ? "（" + std::to_string(*f.year) + " 年）" : "");
    sources.insert(sources.end(), f.source.begin(), f.source.end());
  }
  for (const std::string& m : order) {
    std::vector<std::string> row{m};
    for (const std::string& cell : cells[m])
      row.push_back(cell.empty() ? std::string(kNotStated) : cell);
    t.rows.push_back(row);
  }
  if (t.rows.empty())
    t.rows.push_back({"文件未载明目标"});
  else
    t.note = "来源：" + JoinCells(SourceTexts(zone, sources), "；");
  return t;
}

PageTable Issues(const Zone& zone) {
  PageTable t{"问题清单", {2.2, 6, 1.3}, {"产业链", "问题", "记录于"}, {}, ""};
  for (const Chain& chain : zone.chains())
    for (const ChainIssue& issue : chain.issues)
      t.rows.push_back({chain.name.zh, issue.text, issue.as_of.empty() ? zone.as_of : issue.as_of});
  if (t.rows.empty()) t.rows.push_back({"各产业链", std::string(kNotStated), ""});
  return t;
}

PageTable TopTargets(const ZoneAnalysis& now) {
  const Zone& zone = now.zone();
  PageTable t{"招引目标前十（现状）",
              {0.5, 3, 2.6, 0.9, 1.9, 4.6},
              {"序", "产业链 · 环节", "企业", "得分", "对接", "理由"},
              {},
              ""};
  const auto& targets = now.targets().targets();
  for (std::size_t i = 0; i < targets.size() && i < kTopTargets; ++i) {
    const Target& target = targets[i];
    const Enterprise& e = zone.enterprises()[target.candidate];
    t.rows.push_back(
        {std::to_string(i + 1),
         zone.chains()[target.link.chain].name.zh + " · " + zone.link(target.link).name.zh,
         e.DisplayName(), FormatNumber(Round2(target.score.total)), ContactCell(e),
         TargetReason(now, target)});
  }
  t.note = "对接状态以文件所载为准；文件未载明者不作推定。";
  return t;
}

PageTable ProjectsByStage(const Zone& zone) {
  PageTable t{
      "重点项目（按阶段）", {1.3, 0.9, 1.5, 6.3}, {"阶段", "项目", "投资", "主要项目"}, {}, ""};
  for (const ProjectStage stage :
       {ProjectStage::kOperating, ProjectStage::kConstruction, ProjectStage::kSigned,
        ProjectStage::kNegotiating, ProjectStage::kPlanned}) {
    std::vector<const Project*> ps;
    double sum = 0;
    for (const Project& p : zone.projects())
      if (p.stage == stage) {
        ps.push_back(&p);
        sum += p.investment.value_or(0);
      }
    std::stable_sort(ps.begin(), ps.end(), [](const Project* a, const Project* b) {
      return a->investment.value_or(-1) > b->investment.value_or(-1);
    });
    std::vector<std::string> names;
    for (std::size_t i = 0; i < ps.size() && i < kProjectsPerStage; ++i)
      names.push_back(ps[i]->name +
                      (ps[i]->investment ? " " + AmountText(*ps[i]->investment, "亿元") : ""));
    t.rows.push_back({std::string(ChineseLabel(stage)), std::to_string(ps.size()) + " 个",
                      AmountText(sum, "亿元"), JoinCells(names, "；")});
  }
  t.note =
      "投资为项目记录所列之和，未列投资额的项目不计；文件所述而未逐项列出的金额见项目推进清单。";
  return t;
}

}  // namespace

OnePage BuildLeaderSummary(const ZoneAnalysis& now, const ZoneAnalysis& vision) {
  const Zone& zone = now.zone();
  OnePage page;
  page.title = zone.name.zh + " 产业链招商 · 领导一页纸";
  std::set<std::string> titles;
  std::vector<std::string> documents;
  for (const Fact& f : zone.facts)
    for (const std::string& s : SourceTexts(zone, f.source))
      if (const auto end = s.find("》"); s.starts_with("《") && end != std::string::npos)
        if (const std::string title = s.substr(0, end + std::string_view("》").size());
            titles.insert(title).second)
          documents.push_back(title);
  page.subtitle = "截至 " + zone.as_of + " · " + std::to_string(zone.chains().size()) +
                  " 条产业链 · " + std::to_string(zone.projects().size()) + " 个项目记录";
  page.columns = {
      {CompletenessTable(now, vision), ChainTable(now), TargetsAndProgress(zone), Issues(zone)},
      {TopTargets(now), ProjectsByStage(zone)}};
  page.column_widths = {1, 1};
  page.footer = "资料来源：" +
                (documents.empty() ? std::string("本区文件") : JoinCells(documents, "、")) +
                "及公开资料。链长、责任单位、对接状态：文件未载明者如实标注。";
  // The creation date is the data's date, not the clock's: the same zone, the same bytes.
  page.date = zone.as_of.size() >= 7   ? zone.as_of.substr(0, 7) + "-01T00:00:00Z"
              : zone.as_of.size() == 4 ? zone.as_of + "-01-01T00:00:00Z"
                                       : "2000-01-01T00:00:00Z";
  return page;
}

nlohmann::ordered_json LeaderSummaryJson(const OnePage& page) {
  nlohmann::ordered_json columns = nlohmann::ordered_json::array();
  for (const auto& column : page.columns) {
    nlohmann::ordered_json tables = nlohmann::ordered_json::array();
    for (const PageTable& t : column)
      tables.push_back(
          {{"heading", t.heading}, {"header", t.header}, {"rows", t.rows}, {"note", t.note}});
    columns.push_back(tables);
  }
  return {{"title", page.title},
          {"subtitle", page.subtitle},
          {"columns", columns},
          {"footer", page.footer}};
}

}  // namespace chainmap
