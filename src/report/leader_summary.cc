#include "src/report/leader_summary.h"

#include <algorithm>

#include "src/io/number_format.h"
#include "src/io/source_citation.h"
#include "src/report/list_cells.h"
#include "src/report/target_progress_tables.h"
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

/// A table of target_progress_tables.h on the page: the columns `keep` with their widths;
/// the sources of every row (the last column) once, in the note.
PageTable PageFromTable(const Table& table, const std::vector<std::size_t>& keep,
                        std::vector<double> widths) {
  PageTable t{table.title, std::move(widths), {}, {}, ""};
  t.header.reserve(keep.size());
  for (std::size_t c : keep) t.header.push_back(table.columns[c].header);
  std::vector<std::string> sources;
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    cells.reserve(keep.size());
    for (std::size_t c : keep) cells.push_back(std::get<std::string>(row[c]));
    t.rows.push_back(std::move(cells));
    // The source cell joins its sources with "；" (SourcesCell): each once in the note.
    const std::string& cell = std::get<std::string>(row.back());
    for (std::size_t start = 0; start < cell.size();) {
      const std::size_t end = std::min(cell.find("；", start), cell.size());
      if (std::string s = cell.substr(start, end - start);
          std::find(sources.begin(), sources.end(), s) == sources.end())
        sources.push_back(std::move(s));
      start = end + std::string_view("；").size();
    }
  }
  if (t.rows.empty()) t.rows.push_back({"文件未载明目标"});
  if (!sources.empty()) t.note = "来源：" + JoinCells(sources, "；");
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
  // The zone's documents the page's figures come from, by title and period.
  Sources fact_sources;
  for (const Fact& f : zone.facts)
    fact_sources.insert(fact_sources.end(), f.source.begin(), f.source.end());
  std::vector<std::string> documents;
  for (std::string& cited : CitedSources(zone, fact_sources, false))
    if (cited.starts_with("《")) documents.push_back(std::move(cited));
  TargetProgress progress(zone);
  progress.Run();
  page.subtitle = "截至 " + zone.as_of + " · " + std::to_string(zone.chains().size()) +
                  " 条产业链 · " + std::to_string(zone.projects().size()) + " 个项目记录";
  page.columns = {
      {CompletenessTable(now, vision), ChainTable(now),
       PageFromTable(BuildMeasureTable(zone, progress), {0, 1, 2, 3}, {2.4, 2, 2.3, 2.3})},
      {TopTargets(now), ProjectsByStage(zone)}};
  // The documents' project figures beside the records, under the targets: on one page only
  // those with an amount (the year's key projects); the report and the lists have them all.
  Table checks = BuildProjectCheckTable(zone, progress);
  std::vector<std::vector<Cell>> with_amount;
  for (std::size_t i = 0; i < checks.rows.size(); ++i)
    if (progress.checks()[i].stated_amount) with_amount.push_back(checks.rows[i]);
  const std::size_t left_out = checks.rows.size() - with_amount.size();
  checks.rows = std::move(with_amount);
  if (!checks.rows.empty()) {
    PageTable t = PageFromTable(checks, {0, 1, 2, 3}, {0.6, 1.3, 1.3, 6.8});
    // One line under it, so that the rows fit the page; the report cites each row's source.
    t.note = left_out > 0 ? "另有 " + std::to_string(left_out) + " 项及各项来源见分析报告。"
                          : "各项来源见分析报告。";
    page.columns[0].push_back(std::move(t));
  }
  page.columns[0].push_back(Issues(zone));
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
