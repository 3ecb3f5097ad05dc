#include "src/report/deck_tables.h"

#include <algorithm>
#include <cmath>

#include "render/html_text.h"
#include "src/io/number_format.h"
#include "src/io/source_citation.h"
#include "src/model/source_text.h"
#include "src/report/target_reasons.h"

namespace chainmap {
namespace {

std::string Percent(double value) { return PercentText(value); }

std::string Score(double score) { return FormatNumber(std::round(score * 10) / 10) + " 分"; }

std::string LinkName(const Zone& zone, LinkKey key) {
  return Ellipsize(zone.chains()[key.chain].name.zh, 8) + "·" +
         Ellipsize(zone.link(key).name.zh, 10);
}

}  // namespace

SlideTable ChainStatusTable(const ZoneAnalysis& now, const ZoneAnalysis& future) {
  const Zone& zone = now.zone();
  SlideTable table{{"产业链", "完整度", "强", "弱", "在补", "缺", "远景完整度"},
                   {},
                   {3.2, 1.6, 0.9, 0.9, 1.1, 0.9, 1.8}};
  const auto row = [&](const std::string& name, const Completeness& a, const Completeness& b) {
    table.rows.push_back({name, Percent(a.value), std::to_string(a.strong) + " 个",
                          std::to_string(a.weak) + " 个", std::to_string(a.filling) + " 个",
                          std::to_string(a.missing) + " 个", Percent(b.value)});
  };
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    row(Ellipsize(zone.chains()[c].name.zh, 12), now.gaps().chains()[c].total,
        future.gaps().chains()[c].total);
  row("全区", now.gaps().zone_completeness(), future.gaps().zone_completeness());
  return table;
}

TextBlock TopTargets(const ZoneAnalysis& analysis, std::size_t top) {
  const Zone& zone = analysis.zone();
  TextBlock block{"重点招引目标（前 " + std::to_string(top) + " 位）", {}};
  const auto& targets = analysis.targets().targets();
  for (std::size_t i = 0; i < targets.size() && i < top; ++i)
    block.lines.push_back(std::to_string(i + 1) + ". " +
                          Ellipsize(zone.enterprises()[targets[i].candidate].DisplayName(), 16) +
                          " — " + LinkName(zone, targets[i].link) + "（" +
                          Score(targets[i].score.total) + "）");
  if (targets.empty()) block.lines.push_back("暂无候选企业");
  return block;
}

TextBlock ProjectsByStage(const Zone& zone) {
  TextBlock block{"重点项目（按阶段）", {}};
  for (ProjectStage stage : {ProjectStage::kConstruction, ProjectStage::kSigned,
                             ProjectStage::kNegotiating, ProjectStage::kPlanned}) {
    std::size_t without = 0;
    double sum = 0;
    std::vector<const Project*> named;
    for (const Project& p : zone.projects()) {
      if (p.stage != stage) continue;
      if (p.investment)
        sum += *p.investment;
      else
        ++without;
      named.push_back(&p);
    }
    if (named.empty()) continue;
    std::stable_sort(named.begin(), named.end(), [](const Project* a, const Project* b) {
      return a->investment.value_or(-1) > b->investment.value_or(-1);
    });
    std::string line =
        std::string(ChineseLabel(stage)) + " " + std::to_string(named.size()) + " 个";
    if (named.size() > without) line += "，已列投资合计 " + YiText(sum);
    line += "：";
    for (std::size_t i = 0; i < named.size() && i < 2; ++i)
      line +=
          (i ? "、" : "") + Ellipsize(named[i]->name.empty() ? "未命名项目" : named[i]->name, 14);
    if (named.size() > 2) line += " 等";
    block.lines.push_back(line);
  }
  if (block.lines.empty()) block.lines.push_back("暂无在谈、签约或在建项目");
  return block;
}

std::vector<std::string> TargetSlides(const ZoneAnalysis& analysis, std::size_t chain) {
  const Zone& zone = analysis.zone();
  SlideTable table{{"排名", "环节", "缺口", "企业", "地区", "总分", "推荐理由"},
                   {},
                   {0.8, 2.2, 1.1, 3.2, 1.6, 1.1, 6.4}};
  std::size_t count = 0;
  for (const Target& t : analysis.targets().targets()) {
    if (t.link.chain != chain) continue;
    if (++count > kDeckTargetsPerChain) continue;
    const Enterprise& e = zone.enterprises()[t.candidate];
    table.rows.push_back({std::to_string(count), zone.link(t.link).name.zh,
                          std::string(ChineseLabel(analysis.gaps().gaps()[chain][t.link.link])),
                          e.DisplayName(), e.region, Score(t.score.total),
                          Ellipsize(TargetReason(analysis, t), 40)});
  }
  std::vector<std::string> notes{
      "总分 = 缺口分 + 点名分 + 距离分 + 规模分 + 关联分 + 协作分（满分 100 "
      "分）；候选企业来自公开资料"};
  if (count > kDeckTargetsPerChain)
    notes.push_back("本链共 " + std::to_string(count) + " 家候选企业，此处列总分前 " +
                    std::to_string(kDeckTargetsPerChain) + " 位；完整名单见招引目标清单");
  return TableSlides(Ellipsize(zone.chains()[chain].name.zh, 20) + "产业链 · 招引目标",
                     "按总分排序", table, notes, "本链暂无缺口或候选企业");
}

std::vector<std::string> TrackerSlides(const Zone& zone) {
  SlideTable table{{"项目", "阶段", "总投资（亿元）", "企业", "产业链 · 环节", "状态日期", "目标"},
                   {},
                   {3.4, 1, 1.3, 2.4, 3, 1.3, 3}};
  std::vector<const Project*> order;
  for (const Project& p : zone.projects()) order.push_back(&p);
  std::stable_sort(order.begin(), order.end(), [](const Project* a, const Project* b) {
    if (a->stage != b->stage) return a->stage > b->stage;
    return a->investment.value_or(-1) > b->investment.value_or(-1);
  });
  for (const Project* p : order) {
    std::string links;
    for (const LinkKey& key : p->links) links += (links.empty() ? "" : "、") + LinkName(zone, key);
    table.rows.push_back(
        {p->name.empty() ? "未命名项目" : p->name, std::string(ChineseLabel(p->stage)),
         p->investment ? FormatNumber(*p->investment) : "未列",
         p->enterprise ? zone.enterprises()[*p->enterprise].DisplayName() : "",
         links.empty() ? "未归链" : links, p->as_of.empty() ? zone.as_of : p->as_of, p->target});
  }
  return TableSlides("重点项目推进表",
                     "按阶段（在建、签约、洽谈、谋划）和投资额排序，截至 " + zone.as_of, table,
                     {"状态日期：项目阶段所据文件的日期；未注明者为园区数据截至日期"}, "暂无项目");
}

std::vector<std::string> ZoneSources(const Zone& zone) {
  Sources all = zone.source;
  const auto add = [&](const Sources& sources) {
    all.insert(all.end(), sources.begin(), sources.end());
  };
  for (const Chain& c : zone.chains()) {
    add(c.source);
    for (const Link& l : c.links()) add(l.source);
  }
  for (const Project& p : zone.projects()) add(p.source);
  for (const Enterprise& e : zone.enterprises()) add(e.source);
  for (const Fact& f : zone.facts) add(f.source);
  return CitedSources(zone, all, true);
}

}  // namespace chainmap
