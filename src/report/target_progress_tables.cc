#include "src/report/target_progress_tables.h"

#include "src/io/number_format.h"
#include "src/report/list_cells.h"

namespace chainmap {
namespace {

std::string FigureText(const Fact& f) {
  return FormatNumber(RoundAmount(*f.value)) + (f.unit.empty() ? "" : " " + f.unit) +
         (f.year ? "（" + std::to_string(*f.year) + " 年）" : "");
}

/// "投产 2、在建 5、谋划 7": the records by stage, the most advanced first.
std::string StageCounts(const ProjectFigureCheck& check) {
  std::vector<std::string> parts;
  for (std::size_t s = check.by_stage.size(); s-- > 0;)
    if (check.by_stage[s] > 0)
      parts.push_back(std::string(ChineseLabel(static_cast<ProjectStage>(s))) + " " +
                      std::to_string(check.by_stage[s]));
  return JoinCells(parts, "、");
}

std::string StatedText(const ProjectFigureCheck& check) {
  return std::to_string(check.stated_count) + " 个" +
         (check.stated_amount ? "、" + YiText(*check.stated_amount) : "");
}

std::string RecordsText(const ProjectFigureCheck& check) {
  return std::to_string(check.records.size()) + " 个" +
         (check.stated_amount ? "、" + YiText(RoundAmount(check.record_sum)) : "");
}

}  // namespace

std::string CheckExplanation(const Zone& zone, const ProjectFigureCheck& check) {
  const Fact& fact = zone.facts[check.fact];
  const long long records = static_cast<long long>(check.records.size());
  const double gap =
      check.stated_amount ? RoundAmount(*check.stated_amount - check.record_sum) : 0.0;
  if (records == check.stated_count && check.without_amount == 0 && gap == 0)
    return "项目记录与文件所述一致。";
  std::vector<std::string> parts;
  const std::string year = std::to_string(check.year) + " 年";
  if (records == 0) {
    parts.push_back("文件未逐项列出所述项目，项目记录中没有 " + year +
                    (fact.stage ? "处于" + std::string(ChineseLabel(*fact.stage)) + "阶段的" : "") +
                    "项目");
  } else {
    std::string counted =
        "项目记录为文件点名的 " + year + "项目 " + std::to_string(records) + " 个（" +
        (fact.stage ? std::string(ChineseLabel(*fact.stage)) + "阶段" : StageCounts(check)) +
        "），文件未说明其中哪些属所述之列";
    parts.push_back(counted);
    if (records < check.stated_count)
      parts.push_back("所述 " + std::to_string(check.stated_count) + " 个中至少 " +
                      std::to_string(check.stated_count - records) + " 个未逐项列出");
    else if (records > check.stated_count)
      parts.push_back("记录多于所述 " + std::to_string(check.stated_count) +
                      " 个，可见记录不全属所述之列");
  }
  if (check.stated_amount) {
    if (check.without_amount > 0)
      parts.push_back(std::to_string(check.without_amount) + " 个记录未列投资额，不计入合计");
    if (gap > 0)
      parts.push_back("记录合计比所述少 " + YiText(gap));
    else if (gap < 0)
      parts.push_back("记录合计比所述多 " + YiText(-gap) + "，口径不同");
  }
  return JoinCells(parts, "；") + "。";
}

Table BuildMeasureTable(const Zone& zone, const TargetProgress& progress) {
  Table table{"",
              "目标与进度",
              {{"指标", ColumnType::kText, 20},
               {"目标", ColumnType::kText, 16},
               {"实际", ColumnType::kText, 18},
               {"预计", ColumnType::kText, 18},
               {"来源", ColumnType::kText, 40}},
              {}};
  for (const MeasureFigures& m : progress.measures()) {
    std::vector<Cell> row{m.measure};
    Sources sources;
    for (const std::optional<std::size_t>& i : m.facts) {
      row.emplace_back(i ? FigureText(zone.facts[*i]) : std::string(kNotStated));
      if (i)
        sources.insert(sources.end(), zone.facts[*i].source.begin(), zone.facts[*i].source.end());
    }
    row.emplace_back(SourcesCell(zone, sources));
    table.AddRow(std::move(row));
  }
  return table;
}

Table BuildProjectCheckTable(const Zone& zone, const TargetProgress& progress) {
  Table table{"",
              "项目数与投资核对",
              {{"年份", ColumnType::kText, 8},
               {"文件所述", ColumnType::kText, 18},
               {"项目记录", ColumnType::kText, 18},
               {"说明", ColumnType::kText, 60},
               {"文件原文", ColumnType::kText, 40},
               {"来源", ColumnType::kText, 40}},
              {}};
  for (const ProjectFigureCheck& check : progress.checks()) {
    const Fact& fact = zone.facts[check.fact];
    table.AddRow({std::to_string(check.year) + " 年", StatedText(check), RecordsText(check),
                  CheckExplanation(zone, check), fact.text, SourcesCell(zone, fact.source)});
  }
  return table;
}

Table BuildTargetProgressList(const ListInputs& inputs) {
  TargetProgress progress(inputs.zone);
  progress.Run();
  return BuildMeasureTable(inputs.zone, progress);
}

Table BuildProjectCheckList(const ListInputs& inputs) {
  TargetProgress progress(inputs.zone);
  progress.Run();
  return BuildProjectCheckTable(inputs.zone, progress);
}

}  // namespace chainmap
