#include "src/report/progress_list.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "src/analysis/project_progress.h"
#include "src/io/number_format.h"
#include "src/report/list_cells.h"

namespace chainmap {
namespace {

constexpr std::array kStages{ProjectStage::kPlanned, ProjectStage::kNegotiating,
                             ProjectStage::kSigned, ProjectStage::kConstruction,
                             ProjectStage::kOperating};

/// The first chain a project serves (zone order); after the chains its cluster (zone
/// order), then projects in neither.
std::size_t FirstChain(const Zone& zone, const Project& p) {
  std::size_t first = zone.chains().size() + (p.cluster ? *p.cluster : zone.clusters.size());
  for (const LinkKey& key : p.links) first = std::min(first, key.chain);
  return first;
}

}  // namespace

Table BuildProgressList(const ListInputs& inputs) {
  const Zone& zone = inputs.zone;
  ProjectProgress progress(zone);
  progress.Run();
  Table table{"progress",
              "项目推进清单",
              {{"序号", ColumnType::kNumber, 6},
               {"产业链", ColumnType::kText, 24},
               {"阶段", ColumnType::kText, 8},
               {"项目名称", ColumnType::kText, 40},
               {"总投资(亿元)", ColumnType::kNumber, 12},
               {"最近报告", ColumnType::kText, 10},
               {"目标（文件原文）", ColumnType::kText, 30},
               {"目标时间", ColumnType::kText, 10},
               {"久未更新", ColumnType::kText, 8},
               {"逾期", ColumnType::kText, 6},
               {"来源", ColumnType::kText, 40}},
              {}};
  std::vector<std::size_t> order(zone.projects().size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto key = [&](std::size_t i) {
    const Project& p = zone.projects()[i];
    // Chain, descending stage, descending investment with unknown (-1) last, name, id.
    return std::tuple(FirstChain(zone, p), -static_cast<int>(p.stage), -p.investment.value_or(-1),
                      p.name, p.id);
  };
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  std::size_t number = 0;
  for (const std::size_t i : order) {
    const Project& p = zone.projects()[i];
    const ProjectDates& d = progress.projects()[i];
    table.AddRow({static_cast<double>(++number), PlaceCell(zone, p),
                  std::string(ChineseLabel(p.stage)), p.name,
                  p.investment ? Cell{*p.investment} : Cell{}, d.reported, p.target,
                  d.target_month.value_or(""), YesNo(d.stale), YesNo(d.overdue),
                  SourcesCell(zone, p.source)});
  }
  return table;
}

Table BuildStageTotals(const ListInputs& inputs) {
  const Zone& zone = inputs.zone;
  Table table{"stage-totals",
              "阶段投资汇总",
              {{"阶段", ColumnType::kText, 8},
               {"项目记录(个)", ColumnType::kNumber, 12},
               {"项目记录合计(亿元)", ColumnType::kNumber, 18},
               {"未列投资额(个)", ColumnType::kNumber, 14},
               {"文件所述(亿元)", ColumnType::kNumber, 14},
               {"文件所述内容", ColumnType::kText, 60},
               {"来源", ColumnType::kText, 40}},
              {}};
  double all_sum = 0;
  std::size_t all_count = 0, all_unknown = 0;
  for (const ProjectStage stage : kStages) {
    double sum = 0;
    std::size_t count = 0, unknown = 0;
    for (const Project& p : zone.projects()) {
      if (p.stage != stage) continue;
      ++count;
      if (p.investment)
        sum += *p.investment;
      else
        ++unknown;
    }
    double stated = 0;
    std::vector<std::string> texts;
    Sources sources;
    for (const Fact& f : zone.facts) {
      if (f.stage != stage || !f.value || f.unit != "亿元") continue;
      stated += *f.value;
      texts.push_back(f.text);
      sources.insert(sources.end(), f.source.begin(), f.source.end());
    }
    table.AddRow({std::string(ChineseLabel(stage)), static_cast<double>(count), RoundAmount(sum),
                  static_cast<double>(unknown), texts.empty() ? Cell{} : Cell{RoundAmount(stated)},
                  JoinCells(texts, "；"), SourcesCell(zone, sources)});
    all_sum += sum;
    all_count += count;
    all_unknown += unknown;
  }
  table.AddRow({std::string("项目记录合计"), static_cast<double>(all_count), RoundAmount(all_sum),
                static_cast<double>(all_unknown), Cell{}, std::string(), std::string()});
  return table;
}

}  // namespace chainmap
