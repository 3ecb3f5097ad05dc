#include "src/report/leader_summary.h"

#include <catch2/catch.hpp>

#include "test_paths.h"

#include "src/io/zone_loader.h"

namespace chainmap {
namespace {

/// The rows of the table with this heading, each as its cells joined by '|'.
std::vector<std::string> Rows(const OnePage& page, const std::string& heading) {
  for (const auto& column : page.columns)
    for (const PageTable& t : column)
      if (t.heading == heading) {
        std::vector<std::string> out;
        for (const auto& row : t.rows) {
          std::string line;
          for (std::size_t i = 0; i < row.size(); ++i) line += (i ? "|" : "") + row[i];
          out.push_back(line);
        }
        return out;
      }
  FAIL("no table " << heading);
  return {};
}

/// The one-page summary of `zone`: 现状 beside the 远景 of every project signed or later.
OnePage SummaryOf(const Zone& zone, Language language) {
  ZoneAnalysis now(zone);
  now.Run();
  ZoneAnalysisOptions options;
  options.assume_stage = ProjectStage::kSigned;
  ZoneAnalysis vision(zone, options);
  vision.Run();
  return BuildLeaderSummary(now, vision, language);
}

TEST_CASE("Leader summary on chains/: targets and progress as both documents state them") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  const OnePage page = SummaryOf(loaded.zone, Language::kZh);
  CHECK(page.title == "济源高新区 产业链招商 · 领导一页纸");
  CHECK(page.subtitle == "截至 2024-06 · 7 条产业链 · 41 个项目记录");
  // 《济源高新区2024年上半年工作总结及下半年工作谋划》三(一): 四星级门槛 against 2023 and
  // the 2024 forecast; 《高新区2023年上半年工作总结》二(三): 合同金额不低于 140 亿元, no
  // figure reached is stated.
  CHECK(Rows(page, "目标与进度") ==
        std::vector<std::string>{
            "新引进项目合同金额|140 亿元（2023 年）|文件未载明|文件未载明",
            "营业收入|1000 亿元|900 亿元（2023 年）|900 亿元（2024 年）",
            "税收收入|20 亿元|15.2 亿元（2023 年）|15 亿元（2024 年）",
            "规模以上工业企业|100 家|87 家（2023 年）|102 家（2024 年）",
            "亩均工业增加值|80 万元/亩|78.4 万元/亩（2023 年）|80 万元/亩（2024 年）"});
  // The documents' project figures beside the records (target_progress_tables_test.cc
  // checks the wording): 2023 一(一) 38 个 254.44 亿元, 30 开工, 4 投产, 28 意向; 2024 三(一)
  // 37 个 223 亿元.
  // On the page only the figures with an amount, one line each (why they differ is in the
  // report, so that the 问题清单 fits); the other three are in the report.
  const auto checks = Rows(page, "项目数与投资核对");
  CHECK(checks == std::vector<std::string>{"2023 年|38 个、254.44 亿元|14 个、0 亿元",
                                           "2024 年|37 个、223 亿元|27 个、210.48 亿元"});
  // No document names a 链长 or 责任单位: every chain says so.
  const auto chains = Rows(page, "各产业链（现状）");
  REQUIRE(chains.size() == 7);
  for (const std::string& row : chains)
    CHECK(row.find("|文件未载明|文件未载明|") != std::string::npos);
  CHECK(Rows(page, "问题清单") == std::vector<std::string>{"各产业链|文件未载明|"});
  // Projects by stage: the record sums of the 项目推进清单 (hand-added there).
  const auto stages = Rows(page, "重点项目（按阶段）");
  REQUIRE(stages.size() == 5);
  CHECK(stages[0].starts_with("投产|2 个|0 亿元|"));
  CHECK(stages[1].starts_with("在建|10 个|49.68 亿元|精密制造项目 30 亿元"));
  CHECK(stages[2].starts_with("签约|3 个|14 亿元|"));
  CHECK(stages[3].starts_with("洽谈/意向|12 个|146.8 亿元|输氢管廊 50 亿元"));
  CHECK(stages[4].starts_with("谋划|14 个|0 亿元|"));
  CHECK(Rows(page, "招引目标前十（现状）").size() == 10);
  CHECK(page.date == "2024-06-01T00:00:00Z");
}

TEST_CASE("Leader summary in English: chains by their English names, the wording translated") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  const OnePage page = SummaryOf(loaded.zone, Language::kEn);
  CHECK(page.language == Language::kEn);
  CHECK(page.title == "Jiyuan High-tech Zone: industrial chains and investment · one-page summary");
  CHECK(page.subtitle == "As of 2024-06 · 7 chains · 41 project records");
  const auto chains = Rows(page, "Chains (now)");
  REQUIRE(chains.size() == 7);
  for (std::size_t c = 0; c < chains.size(); ++c)
    CHECK(chains[c].starts_with(loaded.zone.chains()[c].name.en + "|not stated|not stated|"));
  // The documents' measures and figures stay as the documents word them.
  CHECK(Rows(page, "Targets and progress").front() ==
        "新引进项目合同金额|140 亿元（2023 年）|not stated|not stated");
  CHECK(Rows(page, "Issues") == std::vector<std::string>{"All chains|not stated|"});
  // 亿元 as billions of yuan: 49.68 亿元 = RMB 4.968 bn.
  const auto stages = Rows(page, "Key projects by stage");
  REQUIRE(stages.size() == 5);
  CHECK(stages[0].starts_with("operating|2|RMB 0 bn|"));
  CHECK(stages[1].starts_with("under construction|10|RMB 4.968 bn|精密制造项目 RMB 3 bn"));
  CHECK(stages[3].starts_with("negotiating|12|RMB 14.68 bn|输氢管廊 RMB 5 bn"));
  CHECK(Rows(page, "Top ten recruitment targets (now)").size() == 10);
  CHECK(page.footer.starts_with("Sources: 《高新区2023年上半年工作总结》 (June 2023), "));
}

}  // namespace
}  // namespace chainmap
