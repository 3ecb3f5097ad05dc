#include "src/report/target_views.h"

#include <cmath>

#include "src/report/target_reasons.h"

namespace chainmap {
namespace {

std::string Rows(const Zone& zone, const std::vector<std::pair<LinkKey, std::size_t>>& rows) {
  std::string out;
  for (const auto& [link, candidate] : rows)
    out += (out.empty() ? "" : "、") + zone.enterprises()[candidate].DisplayName() + " → " +
           zone.link(link).name.zh;
  return out.empty() ? "无" : out;
}

}  // namespace

Table CandidateViewTable(const ZoneAnalysis& a, std::optional<std::size_t> chain) {
  const Zone& zone = a.zone();
  Table table{"candidates",
              "招商目标企业（按企业）",
              {{"排名", ColumnType::kNumber, 6},
               {"企业ID", ColumnType::kText, 20},
               {"企业名称", ColumnType::kText, 30},
               {"所在地区", ColumnType::kText, 20},
               {"综合得分", ColumnType::kNumber, 8},
               {"最高单项得分", ColumnType::kNumber, 8},
               {"可填补缺口数", ColumnType::kNumber, 8},
               {"可填补的缺口", ColumnType::kText, 60},
               {"首要理由", ColumnType::kText, 60}},
              {}};
  std::size_t rank = 0;
  for (const CandidateView& v : a.targets().candidates()) {
    const auto& rows = a.targets().all_rows();
    if (chain && std::none_of(v.rows.begin(), v.rows.end(),
                              [&](std::size_t r) { return rows[r].link.chain == *chain; }))
      continue;
    const Enterprise& e = zone.enterprises()[v.candidate];
    const Target& best = rows[v.rows.front()];
    table.AddRow({static_cast<double>(++rank), e.id, e.name, e.region, v.combined,
                  best.score.total, static_cast<double>(v.rows.size()), CandidateGaps(a, v),
                  TargetReason(a, best)});
  }
  return table;
}

Table SensitivityTable(const ZoneAnalysis& a, const WeightSensitivity& s) {
  const Zone& zone = a.zone();
  Table table{"sensitivity",
              "权重敏感性（前十名）",
              {{"权重", ColumnType::kText, 12},
               {"调整", ColumnType::kText, 8},
               {"调整后权重", ColumnType::kNumber, 10},
               {"移出前十", ColumnType::kText, 40},
               {"进入前十", ColumnType::kText, 40},
               {"名次变化", ColumnType::kNumber, 8}},
              {}};
  const TargetWeights& w = a.targets().weights();
  for (const WeightShift& shift : s.shifts()) {
    const double base = shift.weight == "gap"           ? w.gap
                        : shift.weight == "named"       ? w.named
                        : shift.weight == "distance"    ? w.distance
                        : shift.weight == "scale"       ? w.scale
                        : shift.weight == "relatedness" ? w.relatedness
                                                        : w.ties;
    table.AddRow({std::string(shift.weight), std::string(shift.factor < 1 ? "-25%" : "+25%"),
                  std::round(base * shift.factor * 100) / 100, Rows(zone, shift.left),
                  Rows(zone, shift.entered), static_cast<double>(shift.moved)});
  }
  return table;
}

}  // namespace chainmap
