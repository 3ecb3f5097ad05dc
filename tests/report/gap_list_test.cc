#include "src/report/gap_list.h"

#include <catch2/catch.hpp>

#include "src/io/zone_loader.h"
#include "tests/report/list_test_util.h"

namespace chainmap {
namespace {

// The mini zone (docs/examples/mini); values hand-checked against
// `chainmap analyze docs/examples/mini --format json` (priority, flags, gain, targets)
// and the priority formula of docs/analysis.md for the parts:
//
//   steel:     scrap -> steelmaking(强) -> wire-rod(强) -> springs(弱) -> scrap
//                             \-> gear-steel
//   equipment: reducer -> robot -> integration       (all 缺)
//
// Priority = gap weight 40 × (type 延链 1/3, 补链 1/2, 强链 1/6 + 1/4 × gain / the chain's
// largest + 1/4 × dominated / the chain's largest): reducer 13.33 + 10·2/2 = 23.33;
// gear-steel 13.33 + 10·1/1 = 23.33 (tie: equipment/reducer sorts first); scrap 补链 20;
// robot 13.33 + 10·1/2 = 18.33; integration 13.33; springs 强链 6.67.
TEST_CASE("Gap list: non-strong links, highest priority first, ties by link id") {
  const MiniAnalysis mini;
  const Table table = BuildGapList(mini.inputs());
  CHECK(table.title == "缺链弱链清单");
  REQUIRE(table.columns.size() == 18);
  CHECK(table.columns[7].header == "优先级");
  CHECK(table.columns[7].type == ColumnType::kNumber);
  CHECK(
      RowTexts(table) ==
      std::vector<std::string>{
          "1|装备|equipment/reducer|减速器|上游|缺|延链|23.33|13.33|0|10|否|是|是|0|0||",
          "2|钢铁|steel/gear-steel|齿轮钢|中游|缺|延链|23.33|13.33|10|0|否|否|否|1|1|某齿轮钢企业|"
          "38.5",
          "3|钢铁|steel/scrap|废钢|上游|缺|补链|20|20|0|0|否|否|否|0|0||",
          "4|装备|equipment/robot|机器人本体|中游|缺|延链|18.33|13.33|0|5|否|否|是|0|1|"
          "某机器人企业|30.35",
          "5|装备|equipment/integration|系统集成|下游|缺|延链|13.33|13.33|0|0|否|否|否|0|1|"
          "某机器人企业|17.33",
          "6|钢铁|steel/springs|弹簧|下游|弱|强链|6.67|6.67|0|0|否|否|否|0|0||"});
  // Numbers are numbers; no top target is an empty cell, not "".
  CHECK(std::get<double>(table.rows[3][10]) == Approx(5));
  CHECK(std::holds_alternative<std::monostate>(table.rows[0][16]));
}

}  // namespace
}  // namespace chainmap
