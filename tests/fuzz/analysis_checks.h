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
#include <vector>

#include "src/analysis/zone_analysis.h"
#include "src/cli/analysis_report.h"
#include "src/io/analysis_json.h"
#include "src/io/table_csv.h"
#include "src/io/table_markdown.h"
#include "src/lists/list_registry.h"
#include "tests/fuzz/fuzz_checks.h"

namespace chainmap::fuzz {

/// Every number in `json` is finite; shares (completeness, betweenness, what a chain
/// retains) lie in [0, 1]; link counts add up.
inline void CheckAnalysisNumbers(const nlohmann::ordered_json& json, const std::string& path) {
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
      const bool share = key == "completeness" || key == "betweenness" || key == "worst_retained" ||
                         (key == "value" && json.contains("links"));
      if (share && (x < 0 || x > 1)) throw FuzzFailure("a share outside [0, 1] at " + at);
    }
    CheckAnalysisNumbers(value, at);
  }
  if (json.contains("links") && json.contains("missing") && json["links"].is_number()) {
    const auto count = [&](const char* k) { return json[k].get<long long>(); };
    if (count("strong") + count("weak") + count("filling") + count("missing") != count("links"))
      throw FuzzFailure("link counts do not add up at " + path);
  }
}

/// The CSV of `table` reads back as the table: one record per row after the header, one
/// field per column, each text cell as written but guarded, so no cell starts a formula.
inline void CheckCsvList(const Table& table) {
  std::ostringstream out;
  WriteCsv(table, out);
  const std::vector<CsvRecord> records = ParseCsv(out.str(), table.stem + ".csv");
  if (records.size() != table.rows.size() + 1)
    throw FuzzFailure(table.stem + ".csv: " + std::to_string(records.size()) + " records for " +
                      std::to_string(table.rows.size()) + " rows");
  for (std::size_t r = 0; r < records.size(); ++r) {
    const std::vector<std::string>& fields = records[r].fields;
    if (fields.size() != table.columns.size())
      throw FuzzFailure(table.stem + ".csv: row " + std::to_string(r + 1) + " has " +
                        std::to_string(fields.size()) + " fields");
    for (std::size_t c = 0; c < fields.size(); ++c) {
      const std::string& field = fields[c];
      if (r > 0) {
        const auto* text = std::get_if<std::string>(&table.rows[r - 1][c]);
        if (text && field != CsvGuard(*text))
          throw FuzzFailure(table.stem + ".csv: a text cell does not read back");
        if (!text) continue;  // numbers may be negative
      }
      if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string::npos)
        throw FuzzFailure(table.stem + ".csv: a cell starts a formula: " + field);
    }
  }
}

/// The Markdown of `table`: every table line has one cell per column (no '|' or line
/// break in a cell escapes it).
inline void CheckMarkdownList(const Table& table) {
  std::ostringstream out;
  WriteMarkdown(table, out);
  std::istringstream lines(out.str());
  std::string line;
  std::size_t table_lines = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line.front() != '|') continue;
    ++table_lines;
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') {
        ++i;
        continue;
      }
      pipes += line[i] == '|';
    }
    if (pipes != table.columns.size() + 1)
      throw FuzzFailure(table.stem + ".md: a line with " + std::to_string(pipes) + " pipes");
  }
  if (table_lines != table.rows.size() + 2)
    throw FuzzFailure(table.stem + ".md: " + std::to_string(table_lines) + " table lines");
}

/// Every table line of a Markdown report has `pipes` unescaped '|'.
inline void CheckMarkdownReport(const std::string& text, std::size_t pipes, const char* what) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line.front() != '|') continue;
    std::size_t found = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\')
        ++i;
      else
        found += line[i] == '|';
    }
    if (found != pipes)
      throw FuzzFailure(std::string(what) + ": a table line with " + std::to_string(found) +
                        " pipes: " + line);
  }
}

/// The reports `analyze --format md` and `targets --format md/csv` write: their tables
/// keep their columns, and no text field of targets.csv starts a formula.
inline void CheckReports(const ZoneAnalysis& analysis) {
  std::ostringstream md, targets_md, csv;
  WriteAnalysisMarkdown(md, analysis, std::nullopt);
  CheckMarkdownReport(md.str(), 11, "analysis.md");
  WriteTargetsMarkdown(targets_md, analysis, std::nullopt);
  CheckMarkdownReport(targets_md.str(), 10, "targets.md");
  WriteTargetsCsv(csv, analysis, std::nullopt);
  for (const CsvRecord& record : ParseCsv(csv.str(), "targets.csv")) {
    if (record.fields.size() != 12)
      throw FuzzFailure("targets.csv: a row with " + std::to_string(record.fields.size()) +
                        " fields");
    for (const std::size_t text : {3, 4, 10, 11}) {  // candidate, name, project, reason
      const std::string& field = record.fields[text];
      if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string::npos)
        throw FuzzFailure("targets.csv: a cell starts a formula: " + field);
    }
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
    if (stage) continue;  // the lists are the 现状
    for (const Table& table : BuildLists({loaded->zone, analysis})) {
      CheckCsvList(table);
      CheckMarkdownList(table);
    }
  }
}

}  // namespace chainmap::fuzz
