#include "src/report/target_progress_tables.h"

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "test_paths.h"

#include "tests/report/list_test_util.h"

namespace chainmap {
namespace {

constexpr std::string_view k2023 = "《高新区2023年上半年工作总结》";
constexpr std::string_view k2024 = "《济源高新区2024年上半年工作总结及下半年工作谋划》";

bool Has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

/// A seed document's text with every space and line break removed (the PDF extraction
/// breaks sentences), so that a phrase can be found as the document prints it.
std::string SeedText(const std::string& file) {
  std::ifstream in(CHAINMAP_SOURCE_DIR "/tests/fixtures/extract/seeds/" + file);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  std::string out;
  for (char c : text.str())
    if (c != ' ' && c != '\n' && c != '\r') out += c;
  return out;
}

TEST_CASE("目标与进度: the figures the tests below expect are the documents' own words") {
  const std::string y2023 = SeedText("000_736da97378c749be.txt");
  const std::string y2024 = SeedText("001_c733a3e8616874ce.txt");
  for (const char* phrase :
       {"实施重点项目38个，总投资254.44亿元", "30个项目开工建设", "4个项目建成投产",
        "另有28个重点意向项目正在密切洽谈", "合同金额不低于140亿元"})
    CHECK(Has(y2023, phrase));
  for (const char* phrase :
       {"全力保障总投资223亿元的37个年度重点建设项目",
        "营业收入900亿元、税收收入15.2亿元、规模以上工业企业87家、亩均工业增加值78.4万元",
        "营业收入1000亿元、税收收入20亿元、规模以上工业企业100家、亩均工业增加值80万元/亩",
        "规模以上工业企业可达102家，亩均工业增加值可达80万元",
        "营业收入预计保持在900亿元、税收收入保持在15亿元"})
    CHECK(Has(y2024, phrase));
}

// Every figure below was read by hand in the two documents (the section in each comment)
// and, for the records, counted by hand in chains/projects.json.
TEST_CASE("目标与进度 on chains/: the figures of both documents, read by hand") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  TargetProgress progress(loaded.zone);
  progress.Run();
  const auto rows = RowTexts(BuildMeasureTable(loaded.zone, progress));
  REQUIRE(rows.size() == 5);
  // 2023 二(三): 确保全年新引进项目 25 个、合同金额不低于 140 亿元.
  CHECK(rows[0] == "新引进项目合同金额|140 亿元（2023 年）|文件未载明|文件未载明|" +
                       std::string(k2023) + " 二(三)");
  // 2024 三(一): 2023 年 营业收入 900 亿元、税收收入 15.2 亿元、规上 87 家、亩均 78.4 万元;
  // 四星级门槛 1000 亿元、20 亿元、100 家、80 万元/亩; 2024 预计 900 亿元、15 亿元、102 家、
  // 80 万元.
  const std::string src = "|" + std::string(k2024) + " 三(一)";
  CHECK(rows[1] == "营业收入|1000 亿元|900 亿元（2023 年）|900 亿元（2024 年）" + src);
  CHECK(rows[2] == "税收收入|20 亿元|15.2 亿元（2023 年）|15 亿元（2024 年）" + src);
  CHECK(rows[3] == "规模以上工业企业|100 家|87 家（2023 年）|102 家（2024 年）" + src);
  CHECK(rows[4] == "亩均工业增加值|80 万元/亩|78.4 万元/亩（2023 年）|80 万元/亩（2024 年）" + src);
}

TEST_CASE("项目数与投资核对 on chains/: both documents' project figures against the records") {
  const LoadedZone loaded = LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains");
  TargetProgress progress(loaded.zone);
  progress.Run();
  const Table t = BuildProjectCheckTable(loaded.zone, progress);
  // 年份 | 文件所述 | 项目记录 | 说明 | 文件原文 | 来源
  const auto rows = RowTexts(t);
  REQUIRE(rows.size() == 5);
  // 2023 一(一): 实施重点项目 38 个，总投资 254.44 亿元. The 2023 document names 14
  // projects (一(一) 2, 一(五) 1, 二(一) 7, 二(二) 4) and gives none an amount.
  CHECK(rows[0].starts_with("2023 年|38 个、254.44 亿元|14 个、0 亿元|"));
  CHECK(Has(rows[0], "（投产 2、在建 5、谋划 7）"));
  CHECK(Has(rows[0], "所述 38 个中至少 24 个未逐项列出"));
  CHECK(Has(rows[0], "14 个记录未列投资额"));
  CHECK(Has(rows[0], "记录合计比所述少 254.44 亿元"));
  CHECK(rows[0].ends_with(std::string(k2023) + " 一(一)"));
  // 一(一): 30 个项目开工建设 — 5 records at 在建; 4 个项目建成投产 — 2 at 投产.
  CHECK(rows[1].starts_with("2023 年|30 个|5 个|"));
  CHECK(Has(rows[1], "至少 25 个未逐项列出"));
  CHECK(rows[2].starts_with("2023 年|4 个|2 个|"));
  // 一(二): 另有 28 个重点意向项目正在密切洽谈 — none named.
  CHECK(
      rows[3].starts_with("2023 年|28 个|0 个|文件未逐项列出所述项目，项目记录中没有 2023 年"
                          "处于洽谈/意向阶段的项目。"));
  // 2024 三(一): 全力保障总投资 223 亿元的 37 个年度重点建设项目. The 2024 document names
  // 27 projects in 二(一)–二(四), 19 with an amount: 50 + 32 + 10 (二(一)) + 5 + 1.52 + 5 + 2
  // (二(二)) + 30 + 10 + 5 + 3 + 8.16 + 5 + 15 (二(三)) + 3 + 9 + 2 + 9.8 + 5 (二(四)) =
  // 210.48 亿元; 223 − 210.48 = 12.52.
  CHECK(rows[4].starts_with("2024 年|37 个、223 亿元|27 个、210.48 亿元|"));
  CHECK(Has(rows[4], "（在建 5、签约 3、洽谈/意向 12、谋划 7）"));
  CHECK(Has(rows[4], "所述 37 个中至少 10 个未逐项列出"));
  CHECK(Has(rows[4], "8 个记录未列投资额，不计入合计"));
  CHECK(Has(rows[4], "记录合计比所述少 12.52 亿元"));
  CHECK(rows[4].ends_with(std::string(k2024) + " 三(一)"));
}

TEST_CASE("项目数与投资核对: records that match, and more records than stated") {
  Zone zone;
  zone.as_of = "2024-06";
  Fact f;
  f.id = "f";
  f.text = "t";
  f.value = 10;
  f.unit = "亿元";
  f.year = 2024;
  f.project_count = 2;
  zone.facts.push_back(f);
  Project a;
  a.id = "a";
  a.name = "甲";
  a.stage = ProjectStage::kSigned;
  a.investment = 4;
  Project b = a;
  b.id = "b";
  b.investment = 6;
  zone.AddProject(a);
  zone.AddProject(b);
  TargetProgress progress(zone);
  progress.Run();
  CHECK(CheckExplanation(zone, progress.checks()[0]) == "项目记录与文件所述一致。");
  Project c = a;
  c.id = "c";
  zone.AddProject(c);
  TargetProgress more(zone);
  more.Run();
  CHECK(CheckExplanation(zone, more.checks()[0]) ==
        "项目记录为文件点名的 2024 年项目 3 个（签约 3），文件未说明其中哪些属所述之列；"
        "记录多于所述 2 个，可见记录不全属所述之列；记录合计比所述多 4 亿元，口径不同。");
}

}  // namespace
}  // namespace chainmap
