#include "src/cli/analysis_report.h"

#include <map>
#include <sstream>

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"

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
  return LoadZone(
             [&](const std::string& name) -> std::optional<std::string> {
               const auto it = files.find(name);
               return it == files.end() ? std::nullopt : std::optional(it->second);
             },
             "z")
      .zone;
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
