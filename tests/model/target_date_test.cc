#include "src/model/target_date.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

TEST_CASE("Target month: the year-end forms of the zone's documents, relative to the report") {
  // The four targets of the 2024 document that name a time (all 年底前).
  CHECK(TargetMonth("力争在年底前取得实质性进展", "2024-06") == "2024-12");
  CHECK(TargetMonth("年底前一期建成投用", "2024-06") == "2024-12");
  CHECK(TargetMonth("年底前完成厂房主体建设", "2024-06") == "2024-12");
  CHECK(TargetMonth("年底前实现投产", "2024-06") == "2024-12");
  CHECK(TargetMonth("年内开工", "2023-06-30") == "2023-12");
  CHECK(TargetMonth("力争下半年签约", "2024") == "2024-12");
}

TEST_CASE("Target month: half years, quarters and months, a written year wins") {
  CHECK(TargetMonth("今年上半年开工", "2024-01") == "2024-06");
  CHECK(TargetMonth("三季度投产", "2024-06") == "2024-09");
  CHECK(TargetMonth("第一季度签约", "2024-06") == "2024-03");
  CHECK(TargetMonth("Q2 完成设备安装", "2024-01") == "2024-06");
  CHECK(TargetMonth("9 月底前投产", "2024-06") == "2024-09");
  CHECK(TargetMonth("十二月建成", "2024-06") == "2024-12");
  CHECK(TargetMonth("十月建成", "2024-06") == "2024-10");
  CHECK(TargetMonth("2025 年底前建成投产", "2024-06") == "2025-12");
  CHECK(TargetMonth("2025年3月开工", "2024-06") == "2025-03");
}

TEST_CASE("Target month: none when the text names no time or two different ones") {
  CHECK(TargetMonth("建成投产", "2023-06") == std::nullopt);
  CHECK(TargetMonth("确保尽快取得新进展", "2024-06") == std::nullopt);
  CHECK(TargetMonth("年产 15 万吨", "2024-06") == std::nullopt);  // 年 of 年产 is no time
  CHECK(TargetMonth("6 个月内开工", "2024-06") == std::nullopt);  // a span, not a month
  CHECK(TargetMonth("三季度开工、四季度投产", "2024-06") == std::nullopt);
  CHECK(TargetMonth("年底前投产", "") == std::nullopt);
}

}  // namespace
}  // namespace chainmap
