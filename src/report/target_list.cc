#include "src/report/target_list.h"

#include "src/report/list_cells.h"
#include "src/report/target_reasons.h"

namespace chainmap {

Table BuildTargetList(const ListInputs& inputs) {
  const Zone& zone = inputs.zone;
  const ZoneAnalysis& a = inputs.analysis;
  Table table{"targets",
              "招商目标清单",
              {{"排名", ColumnType::kNumber, 6},    {"产业链", ColumnType::kText, 16},
               {"环节ID", ColumnType::kText, 24},   {"环节", ColumnType::kText, 20},
               {"缺口类型", ColumnType::kText, 10}, {"企业名称", ColumnType::kText, 40},
               {"企业ID", ColumnType::kText, 20},   {"所在地区", ColumnType::kText, 20},
               {"标签", ColumnType::kText, 24},     {"总分", ColumnType::kNumber, 8},
               {"缺口分", ColumnType::kNumber, 8},  {"点名分", ColumnType::kNumber, 8},
               {"距离分", ColumnType::kNumber, 8},  {"规模分", ColumnType::kNumber, 8},
               {"关联分", ColumnType::kNumber, 8},  {"协作分", ColumnType::kNumber, 8},
               {"关联项目", ColumnType::kText, 30}, {"项目阶段", ColumnType::kText, 10},
               {"对接状态", ColumnType::kText, 14}, {"推荐理由", ColumnType::kText, 60}},
              {}};
  std::size_t rank = 0;
  for (const Target& t : a.targets().targets()) {
    const Enterprise& e = zone.enterprises()[t.candidate];
    Cell project, stage;
    if (t.project) {
      const Project& p = zone.projects()[*t.project];
      project = p.name;
      stage = std::string(ChineseLabel(p.stage));
    }
    table.AddRow({static_cast<double>(++rank),
                  zone.chains()[t.link.chain].name.zh,
                  zone.QualifiedId(t.link),
                  zone.link(t.link).name.zh,
                  std::string(ChineseLabel(t.gap)),
                  e.name,
                  e.id,
                  e.region,
                  JoinCells(e.tags, "、"),
                  Round2(t.score.total),
                  Round2(t.score.gap),
                  Round2(t.score.named),
                  Round2(t.score.distance),
                  Round2(t.score.scale),
                  Round2(t.score.relatedness),
                  Round2(t.score.ties),
                  project,
                  stage,
                  ContactCell(e),
                  TargetReason(a, t)});
  }
  return table;
}

}  // namespace chainmap
