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
// Priority = gap weight 40 × (type 延链 1/3, 补链 1/2, 强链 1/6 + 1/8 × each of: gain /
// the chain's largest, dominated / the chain's largest, betweenness / the chain's largest,
// n / (n + 1) for n present neighbours); betweenness from NetworkX: steel scrap 5/12,
// steelmaking 1/2 (largest), wire-rod 1/4, springs 1/3; equipment robot 1/2 (largest).
//   scrap 20 + 5·(5/12)/(1/2) = 4.17 + 5·2/3 (springs, steelmaking) = 3.33 → 27.5;
//   robot 13.33 + dominance 5·1/2 = 2.5 + centrality 5 → 20.83;
//   gear-steel 13.33 + gain 5 + 5·1/2 (steelmaking; the cross edge's reducer is missing)
//     → 20.83 (tie: equipment/robot sorts first);
//   reducer 13.33 + dominance 5 → 18.33; integration 13.33;
//   springs 强链 6.67 + 5·(1/3)/(1/2) = 3.33 + 5·1/2 (wire-rod) = 2.5 → 12.5.
TEST_CASE("Gap list: non-strong links, highest priority first, ties by link id") {
  const MiniAnalysis mini;
  const Table table = BuildGapList(mini.inputs());
  CHECK(table.title == "缺链弱链清单");
  REQUIRE(table.columns.size() == 21);
  CHECK(table.columns[7].header == "优先级");
  CHECK(table.columns[7].type == ColumnType::kNumber);
  CHECK(table.columns[11].header == "中心分");
  CHECK(table.columns[12].header == "邻接分");
  CHECK(RowTexts(table) ==
        std::vector<std::string>{
            "1|钢铁|steel/scrap|废钢|上游|缺|补链|27.5|20|0|0|4.17|3.33|2|否|否|否|0|0||",
            "2|装备|equipment/robot|机器人本体|中游|缺|延链|20.83|13.33|0|2.5|5|0|0|否|否|是|0|1|"
            "某机器人企业|32.85",
            "3|钢铁|steel/gear-steel|齿轮钢|中游|缺|延链|20.83|13.33|5|0|0|2.5|1|否|否|否|1|1|"
            "某齿轮钢企业|36",
            "4|装备|equipment/reducer|减速器|上游|缺|延链|18.33|13.33|0|5|0|0|0|否|是|是|0|0||",
            "5|装备|equipment/integration|系统集成|下游|缺|延链|13.33|13.33|0|0|0|0|0|否|否|否|0|1|"
            "某机器人企业|17.33",
            "6|钢铁|steel/springs|弹簧|下游|弱|强链|12.5|6.67|0|0|3.33|2.5|1|否|否|否|0|0||"});
  // Numbers are numbers; no top target is an empty cell, not "".
  CHECK(std::get<double>(table.rows[3][10]) == Approx(5));
  CHECK(std::holds_alternative<std::monostate>(table.rows[0][19]));
}

}  // namespace
}  // namespace chainmap
