#include "src/cli/deck_content.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "render/analysis_inputs.h"
#include "render/html_text.h"
#include "render/pptx_map_slides.h"
#include "render/pptx_package.h"
#include "render/pptx_text_slides.h"
#include "src/cli/deck_maps.h"
#include "src/io/number_format.h"
#include "src/model/source_text.h"
#include "src/report/target_reasons.h"

namespace chainmap {
namespace {

std::string Percent(double value) { return std::to_string(std::lround(value * 100)) + "%"; }

std::string Scenario(const ZoneAnalysis& future) {
  const auto stage = future.options().assume_stage;
  return stage ? "远景：视" + std::string(ChineseLabel(*stage)) + "及以后阶段的项目为已建成" : "";
}

/// Every source the zone's records cite, in order of first citation, as shown.
std::vector<std::string> ZoneSources(const Zone& zone) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  const auto add = [&](const Sources& sources) {
    for (const std::string& s : sources)
      if (const std::string text = SourceText(zone, s); seen.insert(text).second)
        out.push_back(text);
  };
  add(zone.source);
  for (const Chain& c : zone.chains()) {
    add(c.source);
    for (const Link& l : c.links()) add(l.source);
  }
  for (const Project& p : zone.projects()) add(p.source);
  for (const Enterprise& e : zone.enterprises()) add(e.source);
  for (const Fact& f : zone.facts) add(f.source);
  return out;
}

/// The chain's sources, as the map's note: "资料来源：《a》二(一)；公开资料".
std::string ChainSourcesNote(const Zone& zone, const Chain& chain) {
  std::vector<std::string> titles;
  std::set<std::string> seen;
  const auto add = [&](const Sources& sources) {
    for (const std::string& s : sources) {
      std::string text = SourceText(zone, s);
      if (const auto close = text.find("》"); close != std::string::npos)
        text = text.substr(0, close + std::string("》").size());  // the document, not the section
      if (seen.insert(text).second) titles.push_back(text);
    }
  };
  add(chain.source);
  for (const Link& l : chain.links()) add(l.source);
  std::string note = "资料来源：";
  for (std::size_t i = 0; i < titles.size(); ++i) note += (i ? "；" : "") + titles[i];
  return titles.empty() ? "资料来源：未注明" : note;
}

/// A map with the deck's notes: the sources by title and the status rule.
PositionedScene WithNotes(PositionedScene map, const Zone& zone, const ZoneAnalysis& analysis,
                          const Chain* chain) {
  std::string status = StatusNote(analysis);
  if (const auto cut = status.find("（详见"); cut != std::string::npos) {
    const auto end = status.find("）", cut);
    status.erase(
        cut, end == std::string::npos ? std::string::npos : end + std::string("）").size() - cut);
  }
  map.scene.notes = {chain ? ChainSourcesNote(zone, *chain) : "资料来源：本园区工作总结及公开资料",
                     status};
  return map;
}

SlideTable SummaryTable(const DeckInput& input) {
  const Zone& zone = input.now->zone();
  SlideTable table{{"产业链", "完整度", "强", "弱", "在补", "缺", "远景完整度"},
                   {},
                   {3.2, 1.6, 0.9, 0.9, 1.1, 0.9, 1.8}};
  const auto row = [&](const std::string& name, const Completeness& now,
                       const Completeness& future) {
    table.rows.push_back({name, Percent(now.value), std::to_string(now.strong),
                          std::to_string(now.weak), std::to_string(now.filling),
                          std::to_string(now.missing), Percent(future.value)});
  };
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    row(Ellipsize(zone.chains()[c].name.zh, 12), input.now->gaps().chains()[c].total,
        input.future->gaps().chains()[c].total);
  row("全区", input.now->gaps().zone_completeness(), input.future->gaps().zone_completeness());
  return table;
}

std::string LinkName(const Zone& zone, LinkKey key) {
  return Ellipsize(zone.chains()[key.chain].name.zh, 8) + "·" +
         Ellipsize(zone.link(key).name.zh, 10);
}

TextBlock TopTargets(const ZoneAnalysis& analysis, std::size_t top) {
  const Zone& zone = analysis.zone();
  TextBlock block{"重点招引目标（前 " + std::to_string(top) + " 位）", {}};
  const auto& targets = analysis.targets().targets();
  for (std::size_t i = 0; i < targets.size() && i < top; ++i)
    block.lines.push_back(std::to_string(i + 1) + ". " +
                          Ellipsize(zone.enterprises()[targets[i].candidate].DisplayName(), 16) +
                          " — " + LinkName(zone, targets[i].link) + "（" +
                          FormatNumber(std::round(targets[i].score.total * 10) / 10) + " 分）");
  if (targets.empty()) block.lines.push_back("暂无候选企业");
  return block;
}

TextBlock ProjectsByStage(const Zone& zone) {
  TextBlock block{"重点项目（按阶段）", {}};
  for (ProjectStage stage : {ProjectStage::kConstruction, ProjectStage::kSigned,
                             ProjectStage::kNegotiating, ProjectStage::kPlanned}) {
    std::size_t count = 0, without = 0;
    double sum = 0;
    std::vector<const Project*> named;
    for (const Project& p : zone.projects()) {
      if (p.stage != stage) continue;
      ++count;
      if (p.investment)
        sum += *p.investment;
      else
        ++without;
      named.push_back(&p);
    }
    if (count == 0) continue;
    std::stable_sort(named.begin(), named.end(), [](const Project* a, const Project* b) {
      return a->investment.value_or(-1) > b->investment.value_or(-1);
    });
    std::string line = std::string(ChineseLabel(stage)) + " " + std::to_string(count) + " 个";
    if (count > without)
      line += "，已列投资合计 " + FormatNumber(std::round(sum * 100) / 100) + " 亿元";
    line += "：";
    for (std::size_t i = 0; i < named.size() && i < 2; ++i)
      line +=
          (i ? "、" : "") + Ellipsize(named[i]->name.empty() ? named[i]->id : named[i]->name, 14);
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
                   {0.8, 2.2, 1.1, 3.2, 1.6, 1, 6.5}};
  std::size_t rank = 0;
  for (const Target& t : analysis.targets().targets()) {
    if (t.link.chain != chain) continue;
    const Enterprise& e = zone.enterprises()[t.candidate];
    table.rows.push_back(
        {std::to_string(++rank), zone.link(t.link).name.zh,
         std::string(ChineseLabel(analysis.gaps().gaps()[chain][t.link.link])), e.DisplayName(),
         e.region, FormatNumber(std::round(t.score.total * 10) / 10), TargetReason(analysis, t)});
  }
  const std::string name = Ellipsize(zone.chains()[chain].name.zh, 20);
  return TableSlides(
      name + "产业链 · 招引目标", "按总分排序（满分 100）", table,
      {"总分 = 缺口分 + 点名分 + 距离分 + 规模分 + 关联分 + 协作分；候选企业来自公开资料"},
      "本链暂无缺口或候选企业");
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
    table.rows.push_back({p->name.empty() ? p->id : p->name, std::string(ChineseLabel(p->stage)),
                          p->investment ? FormatNumber(*p->investment) : "未列",
                          p->enterprise ? zone.enterprises()[*p->enterprise].DisplayName() : "",
                          links.empty() ? "未归链" : links,
                          p->as_of.empty() ? zone.as_of : p->as_of, p->target});
  }
  return TableSlides("重点项目推进表",
                     "按阶段（在建、签约、洽谈、谋划）和投资额排序，截至 " + zone.as_of, table,
                     {"状态日期：项目阶段所据文件的日期；未注明者为园区数据截至日期"}, "暂无项目");
}

}  // namespace

std::vector<std::string> DeckSlides(const DeckInput& input) {
  const ZoneAnalysis& now = *input.now;
  const ZoneAnalysis& future = *input.future;
  const Zone& zone = now.zone();
  std::vector<std::string> slides;
  const auto append = [&](std::vector<std::string> more) {
    slides.insert(slides.end(), std::make_move_iterator(more.begin()),
                  std::make_move_iterator(more.end()));
  };
  slides.push_back(CoverSlide(
      Ellipsize(zone.name.zh, 24), "重点产业链图谱与招商工作汇报",
      {"数据截至 " + zone.as_of,
       std::to_string(zone.chains().size()) + " 条重点产业链 · 现状与远景", Scenario(future)}));
  slides.push_back(SummarySlide(
      "领导一页纸", zone.name.zh + " · 截至 " + zone.as_of, SummaryTable(input),
      {TopTargets(now, 10), ProjectsByStage(zone)},
      {"完整度 = (强 + " + FormatNumber(zone.settings.weak_credit) + "×弱 + " +
       FormatNumber(zone.settings.filling_credit) + "×在补) / 环节数；" + Scenario(future)}));
  append(MapSlides(WithNotes(input.overview, zone, now, nullptr), "现状"));
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain* chain = &zone.chains()[c];
    append(MapSlides(WithNotes(input.now_maps[c], zone, now, chain), "现状"));
    append(MapSlides(WithNotes(input.future_maps[c], zone, future, chain), "远景"));
  }
  for (std::size_t c = 0; c < zone.chains().size(); ++c) append(TargetSlides(now, c));
  append(TrackerSlides(zone));
  append(ListSlides("资料来源", "本汇报所引文件与资料", ZoneSources(zone)));
  return slides;
}

std::string DeckBytes(const DeckInput& input) {
  return PptxBytes(DeckSlides(input), input.now->zone().name.zh + " 产业链汇报");
}

std::string BuildDeck(const Zone& zone, ProjectStage assume_stage) {
  ZoneAnalysis now(zone);
  now.Run();
  ZoneAnalysisOptions options;
  options.assume_stage = assume_stage;
  ZoneAnalysis future(zone, options);
  future.Run();
  DeckInput input{&now, &future, DeckOverviewMap(now), {}, {}};
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    input.now_maps.push_back(DeckChainMap(now, c));
    input.future_maps.push_back(DeckChainMap(future, c));
  }
  return DeckBytes(input);
}

}  // namespace chainmap
