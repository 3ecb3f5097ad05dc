#include "src/report/leader_report.h"

#include <algorithm>
#include <string>
#include <vector>

#include "render/analysis_inputs.h"
#include "src/io/number_format.h"
#include "src/io/source_citation.h"
#include "src/io/table_markdown.h"
#include "src/model/source_text.h"
#include "src/report/target_progress_tables.h"
#include "src/report/target_reasons.h"

namespace chainmap {
namespace {

/// How many departures and targets the report lists.
constexpr std::size_t kDepartures = 10;
constexpr std::size_t kTargets = 20;

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

/// "9%（158 个环节中 强 8、弱 13、在补 6、缺 131）".
std::string CompletenessText(const Completeness& c) {
  return PercentText(c.value) + "（" + std::to_string(c.links) + " 个环节中 强 " +
         std::to_string(c.strong) + "、弱 " + std::to_string(c.weak) + "、在补 " +
         std::to_string(c.filling) + "、缺 " + std::to_string(c.missing) + "）";
}

/// A table for the report: its headers, and per column "n" (a number, right-aligned) or "l".
Table Columns(const std::vector<std::string>& headers, std::string_view kinds) {
  Table table;
  for (std::size_t i = 0; i < headers.size(); ++i)
    table.columns.push_back(
        {headers[i], kinds[i] == 'n' ? ColumnType::kNumber : ColumnType::kText, 12});
  return table;
}

std::string StageShare(const Completeness& c) { return c.links ? PercentText(c.value) : "—"; }

/// What makes a link critical, in words: 源头, 终端, 卡脖子, 断链风险, 关键节点.
std::string Criticality(const LinkCriticality& m) {
  std::vector<std::string> out;
  if (m.entry) out.emplace_back("源头");
  if (m.end) out.emplace_back("终端");
  if (m.chokepoint) out.push_back("卡脖子（" + std::to_string(m.dominated) + " 个环节必经）");
  if (m.break_risk) out.emplace_back("断链风险");
  if (m.articulation) out.emplace_back("关键节点");
  return Join(out, "、");
}

/// The local enterprises of a link (链主 marked) and the projects filling it.
std::string Holders(const Zone& zone, const LinkState& s) {
  std::vector<std::string> out;
  for (std::size_t e : s.operators) {
    const Enterprise& enterprise = zone.enterprises()[e];
    out.push_back(enterprise.DisplayName() + (enterprise.role == Role::kLeader ? "（链主）" : ""));
  }
  for (std::size_t p : s.filling_projects) out.push_back("推进中项目：" + zone.projects()[p].name);
  return Join(out, "；");
}

std::string GapText(const ZoneAnalysis& a, LinkKey key) {
  const GapType gap = a.gaps().gaps()[key.chain][key.link];
  if (gap == GapType::kNone) return "";
  std::string text(ChineseLabel(gap));
  if (!a.zone().link(key).scope.pursued) text += "（不在本地招引）";
  return text;
}

void Overview(std::ostream& out, const ZoneAnalysis& a) {
  const Zone& zone = a.zone();
  out << "## 总体\n\n";
  if (a.options().assume_stage)
    out << "- 远景：" << ScenarioSentence(*a.options().assume_stage) << "。现状全链完整度 "
        << CompletenessText(a.baseline_gaps()->zone_completeness()) << "。\n";
  out << "- 全链完整度 " << CompletenessText(a.gaps().zone_completeness()) << "。\n";
  const Completeness& local = a.gaps().zone_localizable();
  const std::size_t excluded = a.gaps().zone_completeness().links - local.links;
  out << "- 可本地化完整度 " << PercentText(local.value);
  if (excluded == 0)
    out << "：每个环节都在本地招引之列，与全链完整度相同。\n";
  else
    out << "：不计 " << excluded << " 个不在本地招引的环节（资源开采等），" << local.links
        << " 个环节中 强 " << local.strong << "、弱 " << local.weak << "。\n";
  std::size_t counts[4] = {0, 0, 0, 0};
  for (const auto& chain : a.gaps().gaps())
    for (GapType g : chain) ++counts[static_cast<std::size_t>(g)];
  out << "- 缺口：" << ChineseLabel(GapType::kFill) << " "
      << counts[static_cast<std::size_t>(GapType::kFill)] << " 个、"
      << ChineseLabel(GapType::kExtend) << " " << counts[static_cast<std::size_t>(GapType::kExtend)]
      << " 个、" << ChineseLabel(GapType::kStrengthen) << " "
      << counts[static_cast<std::size_t>(GapType::kStrengthen)] << " 个。\n\n";

  Table table = Columns({"产业链", "环节数", "强", "弱", "在补", "缺", "全链完整度",
                         "可本地化完整度", "上游", "中游", "下游"},
                        "lnnnnnnnnnn");
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const ChainCompleteness& cc = a.gaps().chains()[c];
    table.AddRow({zone.chains()[c].name.zh, std::to_string(cc.total.links),
                  std::to_string(cc.total.strong), std::to_string(cc.total.weak),
                  std::to_string(cc.total.filling), std::to_string(cc.total.missing),
                  PercentText(cc.total.value), StageShare(cc.localizable), StageShare(cc.stages[0]),
                  StageShare(cc.stages[1]), StageShare(cc.stages[2])});
  }
  WriteMarkdownRows(table, out);
}

/// 目标与进度: the measures, then the stated project figures against the records, with
/// the documents that state them (target_progress_tables.h).
void TargetsSection(std::ostream& out, const Zone& zone) {
  TargetProgress progress(zone);
  progress.Run();
  out << "\n## 目标与进度\n\n";
  const Table measures = BuildMeasureTable(zone, progress);
  if (measures.rows.empty())
    out << "文件未载明目标。\n";
  else
    WriteMarkdownRows(measures, out);
  const Table checks = BuildProjectCheckTable(zone, progress);
  if (checks.rows.empty()) return;
  out << "\n### " << checks.title << "\n\n"
      << "文件所述的项目个数与投资，与本区项目记录（当年报告的项目）对照。\n\n";
  WriteMarkdownRows(checks, out);
}

void ChainSection(std::ostream& out, const ZoneAnalysis& a, std::size_t c) {
  const Zone& zone = a.zone();
  const Chain& chain = zone.chains()[c];
  const ChainCompleteness& cc = a.gaps().chains()[c];
  const ChainResilience& r = a.resilience().chains()[c];
  out << "\n### " << MarkdownCell(chain.name.zh) << "\n\n全链完整度 " << CompletenessText(cc.total)
      << "；上游 " << StageShare(cc.stages[0]) << "、中游 " << StageShare(cc.stages[1]) << "、下游 "
      << StageShare(cc.stages[2]) << "；可本地化完整度 " << StageShare(cc.localizable) << "。";
  if (r.worst_enterprise && r.present > 0)
    out << "韧性：若 " << MarkdownCell(zone.enterprises()[*r.worst_enterprise].DisplayName())
        << " 迁出，本链 " << r.present << " 个本地环节保留 " << PercentText(r.worst_retained)
        << "。";
  out << "\n\n";
  Table table = Columns({"环节", "位置", "现状", "缺口类型",
                         "优先级（满分 " + FormatNumber(zone.settings.target_weights.gap) + "）",
                         "关键性", "本地企业及在补项目", "首选招引目标"},
                        "llllnlll");
  for (std::size_t l = 0; l < chain.links().size(); ++l) {
    const LinkKey key{c, l};
    const LinkState& s = a.status().state(key);
    std::string status(ChineseLabel(s.status));
    if (a.baseline_status() && a.baseline_status()->state(key).status != s.status)
      status = std::string(ChineseLabel(a.baseline_status()->state(key).status)) + "→" + status;
    const GapType gap = a.gaps().gaps()[c][l];
    const auto& top = a.targets().by_link()[c][l];
    table.AddRow(
        {chain.links()[l].name.zh, std::string(ChineseLabel(chain.links()[l].stage)), status,
         GapText(a, key),
         gap == GapType::kNone ? "" : ScoreText(a.targets().priorities()[c][l].total),
         Criticality(a.criticality().link(key)), Holders(zone, s),
         top.empty()
             ? ""
             : zone.enterprises()[a.targets().targets()[top.front()].candidate].DisplayName()});
  }
  WriteMarkdownRows(table, out);
}

/// The projects on no chain, by the cluster the documents frame them in (zone.json
/// `clusters`), with the projects in neither named last.
void Clusters(std::ostream& out, const Zone& zone) {
  Table table = Columns({"集群", "项目", "阶段", "总投资", "来源"}, "lllll");
  std::vector<std::string> unplaced;
  for (std::size_t k = 0; k <= zone.clusters.size(); ++k)
    for (const Project& p : zone.projects()) {
      if (!p.links.empty() || p.cluster.value_or(zone.clusters.size()) != k) continue;
      if (k == zone.clusters.size()) {
        unplaced.push_back(p.name);
        continue;
      }
      table.AddRow({zone.clusters[k].name.zh, p.name, std::string(ChineseLabel(p.stage)),
                    p.investment ? YiText(*p.investment) : "",
                    Join(SourceTexts(zone, p.source), "；")});
    }
  if (table.rows.empty() && unplaced.empty()) return;
  out << "\n## 产业链之外的集群\n\n"
      << "文件点名、但不属任何一条产业链环节的项目，按文件所述的集群归类。各集群的依据：\n\n";
  for (const Cluster& c : zone.clusters)
    out << "- " << MarkdownCell(c.name.zh + "：" + Join(SourceTexts(zone, c.source), "；")) << "\n";
  out << "\n";
  if (!table.rows.empty()) WriteMarkdownRows(table, out);
  if (!unplaced.empty())
    out << "\n未归入产业链或集群的项目：" << MarkdownCell(Join(unplaced, "、")) << "。\n";
}

void Departures(std::ostream& out, const ZoneAnalysis& a) {
  const Zone& zone = a.zone();
  out << "\n## 企业迁出影响（前 " << kDepartures << " 家）\n\n"
      << "逐一假设一家本地企业迁出：还有其他本地企业的环节不算失去，可能由强转弱。\n\n";
  Table table = Columns(
      {"企业", "失去的环节", "由强转弱", "全区完整度下降", "缺口类型变化", "得分变化的招引目标"},
      "llnnnn");
  for (const Departure& d : a.resilience().ranking()) {
    if (table.rows.size() == kDepartures) break;
    if (d.damage() == 0 && d.weakened.empty()) continue;
    std::vector<std::string> lost;
    for (const LinkKey& k : d.failed) lost.push_back(zone.link(k).name.zh);
    table.AddRow({zone.enterprises()[d.enterprise].DisplayName(),
                  std::to_string(d.damage()) + (lost.empty() ? "" : "：" + Join(lost, "、")),
                  std::to_string(d.weakened.size()),
                  FormatNumber(Round2(d.completeness_lost * 100)) + " 个百分点",
                  std::to_string(d.flipped.size()), std::to_string(d.targets_changed.size())});
  }
  if (table.rows.empty()) {
    out << "无：没有哪家企业的迁出会使本地环节失去或转弱。\n";
    return;
  }
  WriteMarkdownRows(table, out);
}

void Targets(std::ostream& out, const ZoneAnalysis& a) {
  const Zone& zone = a.zone();
  out << "\n## 招引目标（前 " << kTargets << " 名）\n\n";
  Table table =
      Columns({"名次", "企业", "产业链", "环节", "缺口类型", "得分", "推荐理由"}, "nllllnl");
  for (const Target& t : a.targets().targets()) {
    if (table.rows.size() == kTargets) break;
    table.AddRow({std::to_string(table.rows.size() + 1),
                  zone.enterprises()[t.candidate].DisplayName(),
                  zone.chains()[t.link.chain].name.zh, zone.link(t.link).name.zh,
                  std::string(ChineseLabel(t.gap)), ScoreText(t.score.total), TargetReason(a, t)});
  }
  if (table.rows.empty()) {
    out << "无：缺口环节尚无候选企业。\n";
    return;
  }
  WriteMarkdownRows(table, out);
}

}  // namespace

void WriteLeaderReport(std::ostream& out, const ZoneAnalysis& a) {
  const Zone& zone = a.zone();
  out << "# " << MarkdownCell(zone.name.zh) << "产业链分析报告\n\n";
  std::string line;
  if (!zone.as_of.empty()) line += "数据截至 " + ChineseDate(zone.as_of) + "。";
  const std::vector<std::string> sources = CitedSources(zone, zone.source, false);
  if (!sources.empty()) line += "资料来源：" + Join(sources, "；") + "。";
  if (!line.empty()) out << MarkdownCell(line) << "\n\n";
  const Settings& settings = zone.settings;
  out << "完整度 =（强 + " << FormatNumber(settings.weak_credit) << " × 弱"
      << (settings.filling_credit > 0 ? " + " + FormatNumber(settings.filling_credit) + " × 在补"
                                      : std::string())
      << "）÷ 环节数；" << MarkdownCell(StatusNote(a)) << "。\n\n";
  Overview(out, a);
  TargetsSection(out, zone);
  out << "\n## 各产业链\n";
  for (std::size_t c = 0; c < zone.chains().size(); ++c) ChainSection(out, a, c);
  Clusters(out, zone);
  Departures(out, a);
  Targets(out, a);
}

}  // namespace chainmap
