#include "src/report/leader_report.h"

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "tests/report/list_test_util.h"

namespace chainmap {
namespace {

// The mini zone (docs/examples/mini), by hand:
//   steel: scrap(缺) → steelmaking(强, 示例钢铁 链主) → wire-rod(强) → springs(弱) → scrap;
//          steelmaking → gear-steel(缺); equipment: reducer → robot → integration (all 缺).
//   zone (2 + 0.5 × 1) / 8 = 31%; steel (2 + 0.5) / 5 = 50%, each stage 50%; equipment 0%.
//   示例钢铁 leaving: steelmaking and wire-rod fail, springs stays (buying outside):
//   steel keeps 1 of 3 = 33%; the zone drops from 2.5/8 to 0.5/8: 25 points.
//   Priorities and scores: tests/report/gap_list_test.cc, analyze_command_test.cc.
std::string Report() {
  const MiniAnalysis mini;
  std::ostringstream out;
  WriteLeaderReport(out, mini.inputs().analysis);
  return out.str();
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("Leader report: completeness, each chain's links, departures and targets in Chinese") {
  const std::string r = Report();
  CHECK(r.rfind("# 示例园区产业链分析报告\n\n数据截至 2024 年 6 月。", 0) == 0);
  CHECK(Has(r, "- 全链完整度 31%（8 个环节中 强 2、弱 1、在补 0、缺 5）。\n"));
  CHECK(Has(r, "- 可本地化完整度 31%：每个环节都在本地招引之列，与全链完整度相同。\n"));
  CHECK(Has(r, "- 缺口：补链 1 个、延链 4 个、强链 1 个。\n"));
  CHECK(Has(r, "| 钢铁 | 5 | 2 | 1 | 0 | 2 | 50% | 50% | 50% | 50% | 50% |\n"));
  CHECK(Has(r, "韧性：若 示例钢铁 迁出，本链 3 个本地环节保留 33%。"));
  CHECK(Has(r, "| 废钢 | 上游 | 缺 | 补链 | 27.50 | 源头 | | |\n"));
  CHECK(Has(r, "| 齿轮钢 | 中游 | 缺 | 延链 | 20.83 | 终端 | | 某齿轮钢企业 |\n"));
  CHECK(Has(r, "| 炼钢 | 上游 | 强 | | | 源头、关键节点 | 示例钢铁（链主） | |\n"));
  CHECK(Has(
      r, "| 减速器 | 上游 | 缺 | 延链 | 18.33 | 源头、卡脖子（2 个环节必经）、断链风险 | | |\n"));
  CHECK(Has(r, "| 示例钢铁 | 2：炼钢、线材 | 0 | 25 个百分点 | 2 | 1 |\n"));
  CHECK(Has(r, "| 1 | 某齿轮钢企业 | 钢铁 | 齿轮钢 | 延链 | 36.00 | 延链 齿轮钢（缺）；"));
}

TEST_CASE("Leader report: no ids, no English beyond names, no markers") {
  const std::string r = Report();
  // Ids of the mini zone's records, and the English of the analyst's report.
  for (const char* word : {"gear-steel", "steelmaking", "robotco", "gearco", "mill", "steel/",
                           "Completeness", "strong", "missing", "chokepoint", "[inf]", ".json"})
    CHECK_FALSE(Has(r, word));
  CHECK_FALSE(std::regex_search(r, std::regex("[A-Za-z]{3,}")));
}

}  // namespace
}  // namespace chainmap
