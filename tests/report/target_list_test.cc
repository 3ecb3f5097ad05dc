#include "src/report/target_list.h"

#include <catch2/catch.hpp>

#include "tests/report/list_test_util.h"

namespace chainmap {
namespace {

// The mini zone; ranks, scores, parts, projects and reasons as
// `chainmap targets docs/examples/mini --format json` gives them.
TEST_CASE("Target list: every candidate, ranked, with score parts, project and reason") {
  const MiniAnalysis mini;
  const Table table = BuildTargetList(mini.inputs());
  CHECK(table.title == "招商目标清单");
  CHECK(
      RowTexts(table) ==
      std::vector<std::string>{
          "1|钢铁|steel/"
          "gear-steel|齿轮钢|延链|某齿轮钢企业|gearco|江苏省|上市|36|20.83|0|6.17|4|5|0|"
          "||文件未载明|延链 齿轮钢（缺）；可贯通 1 对源头—终端；紧邻 1 "
          "个本地已有环节；某齿轮钢企业（上市）；距园区约 660 "
          "公里（省外）；"
          "所涉 1 个环节与本地在链企业相邻；本环节唯一候选",
          "2|装备|equipment/robot|机器人本体|延链|某机器人企业|robotco|||32.85|20.83|12.02|0|0|0|0|"
          "工业机器人项目|洽谈/意向|文件未载明|延链 机器人本体（缺）；为 1 个环节的必经环节；"
          "链内上下游供给路径经过此环节；某机器人企业；"
          "园区正在洽谈的项目 工业机器人项目（洽谈/意向，总投资 15 亿元）；本环节唯一候选",
          "3|装备|equipment/integration|系统集成|延链|某机器人企业|robotco|||17.33|13.33|4|0|0|0|0|"
          "||文件未载明|延链 系统集成（缺）；某机器人企业；园区文件提及；本环节唯一候选"});
  // 对接状态: the mini zone records no contact, so every row says 文件未载明 (not 未对接).
  for (std::size_t c : {0, 9, 10, 11, 12, 13, 14, 15}) {
    INFO(table.columns[c].header);
    CHECK(table.columns[c].type == ColumnType::kNumber);
    CHECK(std::holds_alternative<double>(table.rows[1][c]));
  }
}

}  // namespace
}  // namespace chainmap
