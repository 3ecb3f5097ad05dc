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
  CHECK(RowTexts(table) ==
        std::vector<std::string>{
            "1|钢铁|steel/gear-steel|齿轮钢|延链|某齿轮钢企业|gearco|江苏省|上市|44|35|4|5|0|||"
            "延链 齿轮钢（缺）；本地上游 炼钢；可贯通 1 对源头—终端；某齿轮钢企业（上市）",
            "2|装备|equipment/robot|机器人本体|延链|某机器人企业|robotco|||32.5|27.5|0|0|5|"
            "工业机器人项目|洽谈/意向|延链 机器人本体（缺）；为 1 "
            "个环节的必经环节；某机器人企业；项目 工业机器人项目（洽谈/意向）",
            "3|装备|equipment/integration|系统集成|延链|某机器人企业|robotco|||20|20|0|0|0|||"
            "延链 系统集成（缺）；某机器人企业"});
  for (std::size_t c : {0, 9, 10, 11, 12, 13}) {
    INFO(table.columns[c].header);
    CHECK(table.columns[c].type == ColumnType::kNumber);
    CHECK(std::holds_alternative<double>(table.rows[1][c]));
  }
}

}  // namespace
}  // namespace chainmap
