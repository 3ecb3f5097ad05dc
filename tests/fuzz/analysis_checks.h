#pragma once
// The properties the analysis and the lists must keep on any zone that loads; used by
// zone_analysis_fuzzer and, on the seeds and regressions, by fuzz_regression_test.cc. A
// zone from many hands may be odd (a chain of one link, cycles, links nobody operates,
// projects on every link) but never crashes the analysis or breaks a list file.

#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "src/analysis/zone_analysis.h"
#include "src/io/table_csv.h"
#include "src/io/table_markdown.h"
#include "src/report/analysis_json.h"
#include "src/report/analysis_report.h"
#include "src/report/list_registry.h"
#include "tests/fuzz/fuzz_checks.h"

namespace chainmap::fuzz {

/// The '|' in a Markdown line that are not backslash-escaped.
inline std::size_t UnescapedPipes(std::string_view line) {
  std::size_t pipes = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\')
      ++i;
    else
      pipes += line[i] == '|';
  }
  return pipes;
}

/// Whether a spreadsheet would run a CSV field as a formula.
inline bool StartsFormula(std::string_view field) {
  return !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string::npos;
}

/// Every number in `json` is finite; shares (completeness before and after, per stage,
/// betweenness, what a chain retains) lie in [0, 1]; link counts add up.
inline void CheckAnalysisNumbers(const nlohmann::ordered_json& json, const std::string& path,
                                 bool shares = false) {
  if (json.is_array()) {
    for (std::size_t i = 0; i < json.size(); ++i)
      CheckAnalysisNumbers(json[i], path + "/" + std::to_string(i));
    return;
  }
  if (!json.is_object()) return;
  for (const auto& [key, value] : json.items()) {
    const std::string at = path + "/" + key;
    if (value.is_number()) {
      const double x = value.get<double>();
      if (!std::isfinite(x)) throw FuzzFailure("a number that is not finite at " + at);
      const bool share = shares || key == "completeness" || key == "completeness_before" ||
                         key == "betweenness" || key == "retained" || key == "worst_retained" ||
                         (key == "value" && json.contains("links"));
      if (share && (x < 0 || x > 1)) throw FuzzFailure("a share outside [0, 1] at " + at);
    }
    CheckAnalysisNumbers(value, at, key == "stages");
  }
  if (json.contains("links") && json.contains("missing") && json.at("links").is_number()) {
    const auto count = [&](const char* k) { return json.at(k).get<long long>(); };
    if (count("strong") + count("weak") + count("filling") + count("missing") != count("links"))
      throw FuzzFailure("link counts do not add up at " + path);
  }
}

/// `csv`, the CSV written for `table`, reads back as the table: one record per row after
/// the header, one field per column, each text cell as written but guarded, so no cell
/// starts a formula.
inline void CheckCsvList(const Table& table, const std::string& csv) {
  const std::vector<CsvRecord> records = ParseCsv(csv, table.stem + ".csv");
  if (records.size() != table.rows.size() + 1)
    throw FuzzFailure(table.stem + ".csv: " + std::to_string(records.size()) + " records for " +
                      std::to_string(table.rows.size()) + " rows");
  for (std::size_t r = 0; r < records.size(); ++r) {
    const std::vector<std::string>& fields = records[r].fields;
    if (fields.size() != table.columns.size())
      throw FuzzFailure(table.stem + ".csv: row " + std::to_string(r + 1) + " has " +
                        std::to_string(fields.size()) + " fields");
    for (std::size_t c = 0; c < fields.size(); ++c) {
      if (r > 0) {
        const auto* text = std::get_if<std::string>(&table.rows[r - 1][c]);
        if (!text) continue;  // numbers may be negative
        if (fields[c] != CsvGuard(*text))
          throw FuzzFailure(table.stem + ".csv: a text cell does not read back");
      }
      if (StartsFormula(fields[c]))
        throw FuzzFailure(table.stem + ".csv: a cell starts a formula: " + fields[c]);
    }
  }
}

/// `markdown`, a Markdown report or list: `lines` table lines (header, delimiter and
/// rows), each with `pipes` unescaped '|', so no cell split a row or added a column.
inline void CheckMarkdownTables(const std::string& markdown, std::size_t pipes, std::size_t lines,
                                const std::string& what) {
  std::istringstream in(markdown);
  std::size_t found = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() != '|') continue;
    ++found;
    if (UnescapedPipes(line) != pipes)
      throw FuzzFailure(what + ": a table line with " + std::to_string(UnescapedPipes(line)) +
                        " pipes: " + line);
  }
  if (found != lines)
    throw FuzzFailure(what + ": " + std::to_string(found) + " table lines, not " +
                      std::to_string(lines));
}

/// Every list of the zone, as CSV and Markdown.
inline void CheckLists(const Zone& zone, const ZoneAnalysis& analysis) {
  for (const Table& table : BuildLists({zone, analysis})) {
    std::ostringstream csv, markdown;
    WriteCsv(table, csv);
    CheckCsvList(table, csv.str());
    WriteMarkdown(table, markdown);
    CheckMarkdownTables(markdown.str(), table.columns.size() + 1, table.rows.size() + 2,
                        table.stem + ".md");
  }
}

/// The reports `analyze --format md` and `targets --format md/csv` write: their tables
/// keep their rows and columns, and no name or reason in targets.csv starts a formula.
inline void CheckReports(const ZoneAnalysis& analysis) {
  const Zone& zone = analysis.zone();
  std::size_t link_rows = 0;
  for (const Chain& chain : zone.chains()) link_rows += 2 + chain.links().size();
  const std::size_t targets = analysis.targets().targets().size();
  std::ostringstream md, targets_md, csv;
  WriteAnalysisMarkdown(md, analysis, std::nullopt);
  CheckMarkdownTables(md.str(), 11, link_rows, "analysis.md");
  WriteTargetsMarkdown(targets_md, analysis, std::nullopt);
  CheckMarkdownTables(targets_md.str(), 12, 2 + targets, "targets.md");
  WriteTargetsCsv(csv, analysis, std::nullopt);
  const std::vector<CsvRecord> records = ParseCsv(csv.str(), "targets.csv");
  if (records.size() != 1 + targets)
    throw FuzzFailure("targets.csv: " + std::to_string(records.size()) + " records");
  for (const CsvRecord& record : records) {
    if (record.fields.size() != 15)
      throw FuzzFailure("targets.csv: a row with " + std::to_string(record.fields.size()) +
                        " fields");
    for (const std::size_t text : {4, 14})  // name, reason (the other text fields are ids)
      if (StartsFormula(record.fields[text]))
        throw FuzzFailure("targets.csv: a cell starts a formula: " + record.fields[text]);
  }
}

/// Loads the packed zone; if it loads, analyses it as it is and under the 远景 scenario
/// (signed projects built): the analysis JSON has sane numbers and is the same on a
/// second run, the reports keep their tables, and every list writes CSV and Markdown
/// that read back.
inline void CheckZoneAnalysis(const std::map<std::string, std::string>& files) {
  const std::optional<LoadedZone> loaded = CheckZoneLoad(files);
  if (!loaded) return;
  for (const std::optional<ProjectStage> stage :
       {std::optional<ProjectStage>(), std::optional<ProjectStage>(ProjectStage::kSigned)}) {
    ZoneAnalysisOptions options;
    options.assume_stage = stage;
    ZoneAnalysis analysis(loaded->zone, options);
    analysis.Run();
    const nlohmann::ordered_json json = AnalysisToJson(analysis);
    CheckAnalysisNumbers(json, "");
    ZoneAnalysis again(loaded->zone, options);
    again.Run();
    if (AnalysisToJson(again).dump() != json.dump())
      throw FuzzFailure("the analysis differs from run to run");
    CheckReports(analysis);
    if (!stage) CheckLists(loaded->zone, analysis);  // the lists are the 现状
  }
}

}  // namespace chainmap::fuzz
