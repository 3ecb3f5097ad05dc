#include "src/report/progress_list.h"

#include <catch2/catch.hpp>

#include "test_paths.h"

#include "tests/report/list_test_util.h"

namespace chainmap {
namespace {

/// chains/ (the zone's two work summaries, as of 2024-06) with its 现状 analysis.
class ChainsZone {
 public:
  ChainsZone()
      : loaded_(LoadZoneDirectory(CHAINMAP_SOURCE_DIR "/chains")), analysis_(loaded_.zone) {
    analysis_.Run();
  }
  ListInputs inputs() const { return {loaded_.zone, analysis_}; }

 private:
  LoadedZone loaded_;
  ZoneAnalysis analysis_;
};

std::size_t Column(const Table& t, const std::string& header) {
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i].header == header) return i;
  FAIL("no column " << header);
  return 0;
}

TEST_CASE(
    "Progress list on chains/: the 2023 records are stale, the 年底前 targets fall in 2024-12") {
  const ChainsZone zone;
  const Table t = BuildProgressList(zone.inputs());
  REQUIRE(t.rows.size() == 41);
  const std::size_t name = Column(t, "项目名称"), month = Column(t, "目标时间"),
                    stale = Column(t, "久未更新"), overdue = Column(t, "逾期"),
                    reported = Column(t, "最近报告"), target = Column(t, "目标（文件原文）");
  std::size_t stale_rows = 0, dated = 0, overdue_rows = 0;
  for (const auto& row : t.rows) {
    const bool is_stale = std::get<std::string>(row[stale]) == "是";
    // 《高新区2023年上半年工作总结》 names 14 projects, none reported again in 2024.
    CHECK(is_stale == (std::get<std::string>(row[reported]) == "2023-06"));
    stale_rows += is_stale;
    if (!std::get<std::string>(row[month]).empty()) {
      ++dated;
      // Every dated target of the 2024 document says 年底前.
      CHECK(std::get<std::string>(row[month]) == "2024-12");
      CHECK(std::get<std::string>(row[target]).find("年底前") != std::string::npos);
    }
    overdue_rows += std::get<std::string>(row[overdue]) == "是";
  }
  CHECK(stale_rows == 14);
  // 输氢管廊, 氢能产业园区, 绿色甲醇 (二(一)), 弹性材料, 装卸胎机械手 (二(二)), 精密制造
  // (二(三)), 汽车中控触摸 TP (二(四)).
  CHECK(dated == 7);
  CHECK(overdue_rows == 0);  // as of 2024-06 no 2024-12 target has passed
  // Chains in zone order: steel's first row is its most advanced project.
  CHECK(std::get<std::string>(t.rows[0][Column(t, "产业链")]).starts_with("钢产品深加工"));
  // Projects on no chain come after the chains, by cluster (zone.json order); every
  // project the documents name is on a chain or in a cluster.
  CHECK(std::get<std::string>(t.rows.back()[Column(t, "产业链")]) ==
        "洛石化大乙烯产业链（区外）（集群）");
  std::size_t in_clusters = 0;
  for (const auto& row : t.rows) {
    CHECK(std::get<std::string>(row[Column(t, "产业链")]) != "（未关联产业链）");
    in_clusters += std::get<std::string>(row[Column(t, "产业链")]).ends_with("（集群）");
  }
  CHECK(in_clusters == 6);
  CHECK(std::get<std::string>(t.rows[0][name]) != "");
}

TEST_CASE("Stage totals on chains/: records per stage beside the plans the documents state") {
  const ChainsZone zone;
  const Table t = BuildStageTotals(zone.inputs());
  // 阶段 | 项目记录(个) | 项目记录合计(亿元) | 未列投资额(个) | 文件所述(亿元) | 文件所述内容 |
  // 来源
  const auto rows = RowTexts(t);
  REQUIRE(rows.size() == 6);
  // 谋划: 14 records, none with a figure; the 2024 document states 104 亿元 (氢能综合利用
  // 产业园, 二(一)) and 30 亿元 (7 个重点项目考察对接, 二(二)): 134 亿元.
  CHECK(rows[0].starts_with("谋划|14|0|14|134|氢能综合利用产业园总投资 104 亿元"));
  CHECK(rows[0].find("总投资 30 亿元的 7 个重点项目考察对接") != std::string::npos);
  CHECK(
      rows[0].ends_with("|《济源高新区2024年上半年工作总结及下半年工作谋划》 二(一)；"
                        "《济源高新区2024年上半年工作总结及下半年工作谋划》 二(二)"));
  // 洽谈: 50 + 32 + 10 (氢能) + 5 + 2 (奥赛, 华德) + 10 + 5 + 3 (工业富联) + 15 (埃斯顿)
  // + 9.8 + 5 (优生态, 云端 3D 打印) = 146.8; the 国家重点实验室分支机构 has no figure.
  CHECK(rows[1] == "洽谈/意向|12|146.8|1|||");
  // 签约: 3 (触摸 TP) + 9 (铜合金) + 2 (植物干细胞) = 14.
  CHECK(rows[2] == "签约|3|14|0|||");
  // 在建: 5 (弹性材料) + 1.52 (机械手) + 30 (精密制造) + 8.16 (配套) + 5 (电子新材料)
  // = 49.68; five 2023 projects have no figure.
  CHECK(rows[3] == "在建|10|49.68|5|||");
  CHECK(rows[4] == "投产|2|0|2|||");
  // 146.8 + 14 + 49.68 = 210.48 over 41 records; 22 without a figure.
  CHECK(rows[5] == "项目记录合计|41|210.48|22|||");
}

}  // namespace
}  // namespace chainmap
