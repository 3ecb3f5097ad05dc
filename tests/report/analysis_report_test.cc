#include "src/report/analysis_report.h"

#include <map>
#include <sstream>

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"
#include "tests/fuzz/analysis_checks.h"
#include "tests/io/zone_fixture.h"

namespace chainmap {
namespace {

// One chain whose middle link id is longer than the default 20-character column; it is
// also the idom of the last link, so the idom column must grow too.
//
//   start -> a-very-long-link-identifier-x -> end
Zone LongIds() {
  const std::map<std::string, std::string> files{
      {"zone.json",
       R"({"format": "chainmap/1", "id": "z", "name": {"zh": "区"}, "as_of": "2024",
           "chains": ["c"]})"},
      {"c.json", R"({"id": "c", "name": {"zh": "链"},
           "links": [{"id": "start", "name": {"zh": "起"}, "stage": "upstream"},
                     {"id": "a-very-long-link-identifier-x", "name": {"zh": "中"},
                      "stage": "midstream"},
                     {"id": "end", "name": {"zh": "终"}, "stage": "downstream"}],
           "edges": [{"from": "start", "to": "a-very-long-link-identifier-x"},
                     {"from": "a-very-long-link-identifier-x", "to": "end"}]})"},
      {"enterprises.json", R"({"enterprises": [
         {"id": "e", "name": "本地企业", "local": true, "links": ["c/start"]}]})"},
      {"projects.json", R"({"projects": []})"}};
  return testing::LoadFiles(files).zone;
}

/// The line of `text` that holds `needle`.
std::string LineWith(const std::string& text, const std::string& needle) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (line.find(needle) != std::string::npos) return line;
  return "";
}

// A missing link and a candidate whose names hold table, markup and formula characters:
//
//   start -> mid ("管|线<b>", missing; candidate "=HYPERLINK(...)|*x*")
TEST_CASE("analyze md, targets md and csv: hostile names stay in their cells, no formula") {
  const Zone zone =
      testing::LoadFiles(
          {{"zone.json",
            R"({"format": "chainmap/1", "id": "z", "name": {"zh": "区|<i>"}, "as_of": "2024",
            "chains": ["c"]})"},
           {"c.json", R"({"id": "c", "name": {"zh": "链"},
           "links": [{"id": "start", "name": {"zh": "起"}, "stage": "upstream"},
                     {"id": "mid", "name": {"zh": "管|线<b>"}, "stage": "midstream"}],
           "edges": [{"from": "start", "to": "mid"}]})"},
           {"enterprises.json", R"({"enterprises": [
         {"id": "e", "name": "本地企业", "local": true, "links": ["c/start"]}]})"},
           {"candidates.json", R"({"enterprises": [
         {"id": "x", "name": "=HYPERLINK(\"http://a\")|*x*", "local": false,
          "links": ["c/mid"]}]})"},
           {"projects.json", R"({"projects": []})"}})
          .zone;
  ZoneAnalysis analysis(zone);
  analysis.Run();
  std::ostringstream md, targets_md, csv;
  WriteAnalysisMarkdown(md, analysis, std::nullopt);
  WriteTargetsMarkdown(targets_md, analysis, std::nullopt);
  WriteTargetsCsv(csv, analysis, std::nullopt);

  CHECK(md.str().rfind("# 区\\|\\<i\\> (z)\n", 0) == 0);
  const std::string row = LineWith(md.str(), "`mid`");
  CHECK(row.rfind("| 管\\|线\\<b\\> `mid` |", 0) == 0);
  CHECK(fuzz::UnescapedPipes(row) == 11);  // ten columns
  CHECK(row.find("=HYPERLINK(\"http://a\")\\|\\*x\\*") != std::string::npos);
  const std::string target = LineWith(targets_md.str(), "`c/mid`");
  CHECK(fuzz::UnescapedPipes(target) == 12);  // eleven columns
  CHECK(target.find(" | =HYPERLINK(\"http://a\")\\|\\*x\\* | ") != std::string::npos);

  const std::string line = LineWith(csv.str(), "c/mid");
  CHECK(line.find(",\"'=HYPERLINK(\"\"http://a\"\")|*x*\",") != std::string::npos);
}

TEST_CASE("analyze text: columns widen to the longest id, so every row lines up") {
  const Zone zone = LongIds();
  ZoneAnalysis analysis(zone);
  analysis.Run();
  std::ostringstream out;
  WriteAnalysisText(out, analysis, std::nullopt);
  std::istringstream lines(out.str());
  std::vector<std::string> table;
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("  link ", 0) == 0 || !table.empty()) table.push_back(line);
  REQUIRE(table.size() >= 4);
  const std::string& header = table[0];
  CHECK(table[2].rfind("  a-very-long-link-identifier-x  missing", 0) == 0);
  CHECK(table[3].find("  a-very-long-link-identifier-x  ") != std::string::npos);
  // Each column starts where its header starts, in every row.
  for (const char* column : {"status", "gap", "prio", "betw", "idom", "dom ", "gain", "flags"}) {
    const std::size_t at = header.find(std::string(" ") + column);
    REQUIRE(at != std::string::npos);
    for (std::size_t r = 1; r <= 3; ++r) {
      INFO(column << " in row " << r << ": " << table[r]);
      REQUIRE(table[r].size() > at + 1);
      CHECK(table[r][at] == ' ');
      CHECK(table[r][at + 1] != ' ');
    }
  }
}

}  // namespace
}  // namespace chainmap
