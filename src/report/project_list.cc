#include "src/report/project_list.h"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "src/io/number_format.h"
#include "src/report/list_cells.h"

namespace chainmap {
namespace {

constexpr std::array kStages{ProjectStage::kPlanned, ProjectStage::kNegotiating,
                             ProjectStage::kSigned, ProjectStage::kConstruction,
                             ProjectStage::kOperating};

/// The chains a project serves, in zone order.
std::vector<std::size_t> ChainsOf(const Project& p) {
  std::set<std::size_t> chains;
  for (const LinkKey& key : p.links) chains.insert(key.chain);
  return {chains.begin(), chains.end()};
}

/// Sums of one row of the totals table.
struct Totals {
  std::array<double, kStages.size()> by_stage{};
  double total = 0;
  std::size_t projects = 0;
  std::size_t without_investment = 0;

  void Add(const Project& p) {
    ++projects;
    if (!p.investment) {
      ++without_investment;
      return;
    }
    by_stage[static_cast<std::size_t>(p.stage)] += *p.investment;
    total += *p.investment;
  }

  std::vector<Cell> Row(std::string label) const {
    std::vector<Cell> row{std::move(label)};
    for (const double sum : by_stage) row.emplace_back(RoundAmount(sum));
    row.emplace_back(RoundAmount(total));
    row.emplace_back(static_cast<double>(projects));
    row.emplace_back(static_cast<double>(without_investment));
    return row;
  }
};

}  // namespace

Table BuildProjectList(const ListInputs& inputs) {
  const Zone& zone = inputs.zone;
  Table table{"projects",
              "重点项目清单",
              {{"序号", ColumnType::kNumber, 6},
               {"项目名称", ColumnType::kText, 40},
               {"阶段", ColumnType::kText, 10},
               {"总投资(亿元)", ColumnType::kNumber, 14},
               {"企业", ColumnType::kText, 30},
               {"产业链", ColumnType::kText, 30},
               {"环节", ColumnType::kText, 30},
               {"目标", ColumnType::kText, 30},
               {"项目ID", ColumnType::kText, 20},
               {"来源", ColumnType::kText, 40}},
              {}};
  std::vector<const Project*> order;
  for (const Project& p : zone.projects()) order.push_back(&p);
  std::sort(order.begin(), order.end(), [](const Project* a, const Project* b) {
    // Descending stage, descending investment with unknown (-1) last, ascending id.
    return std::tuple(-static_cast<int>(a->stage), -a->investment.value_or(-1), a->id) <
           std::tuple(-static_cast<int>(b->stage), -b->investment.value_or(-1), b->id);
  });
  std::size_t number = 0;
  for (const Project* p : order) {
    std::vector<std::string> links;
    for (const LinkKey& key : p->links) links.push_back(zone.link(key).name.zh);
    table.AddRow({static_cast<double>(++number), p->name, std::string(ChineseLabel(p->stage)),
                  p->investment ? Cell{*p->investment} : Cell{},
                  p->enterprise ? zone.enterprises()[*p->enterprise].name : std::string(),
                  PlaceCell(zone, *p), JoinCells(links, "、"), p->target, p->id,
                  SourcesCell(zone, p->source)});
  }
  return table;
}

Table BuildProjectTotals(const ListInputs& inputs) {
  const Zone& zone = inputs.zone;
  Table table{"project-totals", "项目投资汇总", {{"产业链", ColumnType::kText, 30}}, {}};
  for (const ProjectStage stage : kStages)
    table.columns.push_back({std::string(ChineseLabel(stage)) + "(亿元)", ColumnType::kNumber, 16});
  table.columns.push_back({"合计(亿元)", ColumnType::kNumber, 14});
  table.columns.push_back({"项目数", ColumnType::kNumber, 10});
  table.columns.push_back({"未列投资额的项目数", ColumnType::kNumber, 20});

  std::vector<Totals> per_chain(zone.chains().size()), per_cluster(zone.clusters.size());
  Totals unattached, zone_total;
  for (const Project& p : zone.projects()) {
    zone_total.Add(p);
    const auto chains = ChainsOf(p);
    if (chains.empty()) (p.cluster ? per_cluster[*p.cluster] : unattached).Add(p);
    for (std::size_t c : chains) per_chain[c].Add(p);
  }
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    table.AddRow(per_chain[c].Row(zone.chains()[c].name.zh));
  // Projects on no chain, by the cluster they sit in (a cluster with none has no row).
  for (std::size_t k = 0; k < zone.clusters.size(); ++k)
    if (per_cluster[k].projects > 0)
      table.AddRow(per_cluster[k].Row(ClusterCell(zone.clusters[k])));
  if (unattached.projects > 0) table.AddRow(unattached.Row("（未关联产业链）"));
  table.AddRow(zone_total.Row("全区合计"));
  return table;
}

}  // namespace chainmap
