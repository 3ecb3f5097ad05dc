#include "src/report/gap_list.h"

#include <algorithm>

#include "src/report/list_cells.h"

namespace chainmap {

Table BuildGapList(const ListInputs& inputs) {
  const Zone& zone = inputs.zone;
  const ZoneAnalysis& a = inputs.analysis;
  Table table{
      "gaps",
      "缺链弱链清单",
      {{"序号", ColumnType::kNumber, 6},         {"产业链", ColumnType::kText, 16},
       {"环节ID", ColumnType::kText, 24},        {"环节", ColumnType::kText, 20},
       {"环节位置", ColumnType::kText, 10},      {"现状", ColumnType::kText, 8},
       {"缺口类型", ColumnType::kText, 10},      {"优先级", ColumnType::kNumber, 8},
       {"类型分", ColumnType::kNumber, 8},       {"连通分", ColumnType::kNumber, 8},
       {"支配分", ColumnType::kNumber, 8},       {"中心分", ColumnType::kNumber, 8},
       {"邻接分", ColumnType::kNumber, 8},       {"相邻本地环节数", ColumnType::kNumber, 14},
       {"在补减半", ColumnType::kText, 10},      {"卡脖子", ColumnType::kText, 8},
       {"断链风险", ColumnType::kText, 10},      {"连通增益", ColumnType::kNumber, 10},
       {"候选企业数", ColumnType::kNumber, 12},  {"首选目标", ColumnType::kText, 30},
       {"首选目标得分", ColumnType::kNumber, 14}},
      {}};
  const auto& priorities = a.targets().priorities();
  std::vector<LinkKey> gaps;
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    for (std::size_t l = 0; l < zone.chains()[c].links().size(); ++l)
      if (a.gaps().gaps()[c][l] != GapType::kNone) gaps.push_back({c, l});
  std::sort(gaps.begin(), gaps.end(), [&](LinkKey x, LinkKey y) {
    const double px = priorities[x.chain][x.link].total;
    const double py = priorities[y.chain][y.link].total;
    if (px != py) return px > py;
    return zone.QualifiedId(x) < zone.QualifiedId(y);
  });
  std::size_t number = 0;
  for (const LinkKey& key : gaps) {
    const Link& link = zone.link(key);
    const GapPriority& p = priorities[key.chain][key.link];
    const LinkCriticality& m = a.criticality().link(key);
    const auto& candidates = a.targets().by_link()[key.chain][key.link];
    Cell top, top_score;
    if (!candidates.empty()) {
      const Target& t = a.targets().targets()[candidates.front()];
      top = zone.enterprises()[t.candidate].name;
      top_score = Round2(t.score.total);
    }
    table.AddRow({static_cast<double>(++number),
                  zone.chains()[key.chain].name.zh,
                  zone.QualifiedId(key),
                  link.name.zh,
                  std::string(ChineseLabel(link.stage)),
                  std::string(ChineseLabel(a.status().state(key).status)),
                  std::string(ChineseLabel(a.gaps().gaps()[key.chain][key.link])),
                  Round2(p.total),
                  Round2(p.type),
                  Round2(p.gain),
                  Round2(p.dominance),
                  Round2(p.centrality),
                  Round2(p.adjacency),
                  static_cast<double>(p.local_neighbours),
                  YesNo(p.halved),
                  YesNo(m.chokepoint),
                  YesNo(m.break_risk),
                  static_cast<double>(m.gain),
                  static_cast<double>(candidates.size()),
                  top,
                  top_score});
  }
  return table;
}

}  // namespace chainmap
