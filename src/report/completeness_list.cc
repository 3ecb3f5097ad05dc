#include "src/report/completeness_list.h"

#include <array>

#include "src/report/list_cells.h"

namespace chainmap {
namespace {

/// Completeness in percent, 2 decimals; empty without links.
Cell Percent(const Completeness& c) {
  if (c.links == 0) return {};
  return Round2(c.value * 100);
}

std::vector<Cell> Row(const std::string& name, const Completeness& total,
                      const std::array<Completeness, 3>& stages) {
  return {name,
          Percent(total),
          Percent(stages[0]),
          Percent(stages[1]),
          Percent(stages[2]),
          static_cast<double>(total.links),
          static_cast<double>(total.strong),
          static_cast<double>(total.weak),
          static_cast<double>(total.filling),
          static_cast<double>(total.missing)};
}

}  // namespace

Table BuildCompletenessList(const ListInputs& inputs) {
  const Zone& zone = inputs.zone;
  const GapAnalysis& gaps = inputs.analysis.gaps();
  Table table{"completeness",
              "产业链完整度汇总",
              {{"产业链", ColumnType::kText, 24},
               {"完整度(%)", ColumnType::kNumber, 12},
               {"上游完整度(%)", ColumnType::kNumber, 14},
               {"中游完整度(%)", ColumnType::kNumber, 14},
               {"下游完整度(%)", ColumnType::kNumber, 14},
               {"环节数", ColumnType::kNumber, 8},
               {"强", ColumnType::kNumber, 6},
               {"弱", ColumnType::kNumber, 6},
               {"在补", ColumnType::kNumber, 6},
               {"缺", ColumnType::kNumber, 6}},
              {}};
  // The zone's stage completeness weighs every link the same, as its total does:
  // a link-weighted mean of the chains' stage values.
  std::array<Completeness, 3> zone_stages{};
  std::array<double, 3> weighted{};
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const ChainCompleteness& cc = gaps.chains()[c];
    table.AddRow(Row(zone.chains()[c].name.zh, cc.total, cc.stages));
    for (std::size_t s = 0; s < 3; ++s) {
      zone_stages[s].links += cc.stages[s].links;
      weighted[s] += cc.stages[s].value * static_cast<double>(cc.stages[s].links);
    }
  }
  for (std::size_t s = 0; s < 3; ++s)
    if (zone_stages[s].links)
      zone_stages[s].value = weighted[s] / static_cast<double>(zone_stages[s].links);
  table.AddRow(Row("全区", gaps.zone_completeness(), zone_stages));
  return table;
}

}  // namespace chainmap
