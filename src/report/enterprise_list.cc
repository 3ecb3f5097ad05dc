#include "src/report/enterprise_list.h"

#include <algorithm>
#include <tuple>

#include "src/report/list_cells.h"

namespace chainmap {
namespace {

int RoleRank(Role role) {
  switch (role) {
    case Role::kLeader:
      return 0;
    case Role::kCore:
      return 1;
    case Role::kSupplier:
      return 2;
    case Role::kNone:
      break;
  }
  return 3;
}

std::vector<Cell> Row(const Zone& zone, std::size_t number, const Enterprise& e,
                      const LinkKey* key) {
  Cell revenue, year;
  if (e.revenue) {
    if (const auto yi = RevenueInYi(*e.revenue))
      revenue = *yi;
    else
      revenue = FormatNumber(e.revenue->value) + " " + e.revenue->unit;
    if (e.revenue->year) year = static_cast<double>(*e.revenue->year);
  }
  std::string chain, link, stage, link_id;
  if (key) {
    chain = zone.chains()[key->chain].name.zh;
    link = zone.link(*key).name.zh;
    stage = ChineseLabel(zone.link(*key).stage);
    link_id = zone.QualifiedId(*key);
  } else {
    link = "（未关联环节）";
  }
  return {static_cast<double>(number),
          chain,
          link,
          stage,
          e.name,
          e.short_name,
          std::string(e.local ? "本地企业" : "招商候选"),
          std::string(ChineseLabel(e.role)),
          JoinCells(e.tags, "、"),
          e.uscc,
          revenue,
          year,
          e.region,
          e.id,
          link_id,
          SourcesCell(zone, e.source)};
}

}  // namespace

Table BuildEnterpriseList(const ListInputs& inputs) {
  const Zone& zone = inputs.zone;
  Table table{"enterprises",
              "产业链企业清单",
              {{"序号", ColumnType::kNumber, 6},
               {"产业链", ColumnType::kText, 24},
               {"环节", ColumnType::kText, 20},
               {"环节位置", ColumnType::kText, 10},
               {"企业名称", ColumnType::kText, 40},
               {"简称", ColumnType::kText, 16},
               {"本地/候选", ColumnType::kText, 10},
               {"角色", ColumnType::kText, 8},
               {"标签", ColumnType::kText, 24},
               {"统一社会信用代码", ColumnType::kText, 22},
               {"营业收入(亿元)", ColumnType::kNumber, 16},
               {"营收年份", ColumnType::kNumber, 10},
               {"所在地区", ColumnType::kText, 20},
               {"企业ID", ColumnType::kText, 20},
               {"环节ID", ColumnType::kText, 24},
               {"来源", ColumnType::kText, 40}},
              {}};
  const auto by_link = zone.EnterprisesByLink();
  const auto& enterprises = zone.enterprises();
  std::size_t number = 0;
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    for (std::size_t l = 0; l < zone.chains()[c].links().size(); ++l) {
      std::vector<std::size_t> members = by_link[c][l];
      std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
        const Enterprise& x = enterprises[a];
        const Enterprise& y = enterprises[b];
        return std::tuple(!x.local, RoleRank(x.role), x.id) <
               std::tuple(!y.local, RoleRank(y.role), y.id);
      });
      const LinkKey key{c, l};
      for (std::size_t e : members) table.AddRow(Row(zone, ++number, enterprises[e], &key));
    }
  }
  for (const Enterprise& e : enterprises)
    if (e.links.empty()) table.AddRow(Row(zone, ++number, e, nullptr));
  return table;
}

}  // namespace chainmap
