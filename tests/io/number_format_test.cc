#include "src/io/number_format.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace chainmap {
namespace {

TEST_CASE("FormatNumber: the shortest form that reads back, no trailing .0") {
  CHECK(FormatNumber(15) == "15");
  CHECK(FormatNumber(1.52) == "1.52");
  CHECK(FormatNumber(-0.0) == "0");
  CHECK(FormatNumber(0.0001) == "0.0001");
}

TEST_CASE("FormatCount: singular for one, plural otherwise, a word for none when given") {
  CHECK(FormatCount(1, "project", "projects") == "1 project");
  CHECK(FormatCount(2, "project", "projects") == "2 projects");
  CHECK(FormatCount(0, "project", "projects") == "0 projects");
  CHECK(FormatCount(0, "warning", "warnings", "no") == "no warnings");
  CHECK(FormatCount(1, "warning", "warnings", "no") == "1 warning");
}

TEST_CASE("Round2, Round4, RoundAmount: the one rounding of scores, measures and amounts") {
  CHECK(Round2(38.495000001) == 38.5);
  CHECK(Round2(13.333333) == 13.33);
  CHECK(std::signbit(Round2(-0.001)) == false);
  CHECK(Round4(0.41666666) == 0.4167);
  CHECK(std::signbit(Round4(-0.00001)) == false);
  CHECK(FormatNumber(RoundAmount(0.1 + 0.2)) == "0.3");
  CHECK(FormatNumber(RoundAmount(4.5200000000000005)) == "4.52");
}

TEST_CASE("ScoreText, YiText, PercentText: scores, 亿元 and shares as people read them") {
  CHECK(ScoreText(36) == "36.00");
  CHECK(ScoreText(32.849999) == "32.85");
  CHECK(YiText(15) == "15 亿元");
  CHECK(YiText(1.52) == "1.52 亿元");
  CHECK(YiText(95.1 + 0.0000000001) == "95.1 亿元");
  CHECK(PercentText(0.0886) == "9%");
  CHECK(PercentText(0.0886, 1) == "8.9%");
  CHECK(PercentText(0.3125, 2) == "31.25%");
  CHECK(PercentText(0) == "0%");
}

TEST_CASE("ChineseDate: the data's dates as a reader writes them, anything else untouched") {
  CHECK(ChineseDate("2024-06") == "2024 年 6 月");
  CHECK(ChineseDate("2023-12-31") == "2023 年 12 月 31 日");
  CHECK(ChineseDate("2024") == "2024 年");
  CHECK(ChineseDate("") == "");
  CHECK(ChineseDate("2024-6") == "2024-6");
  CHECK(ChineseDate("年底前") == "年底前");
  CHECK(ChineseDate("2024-06-3x") == "2024-06-3x");
}

}  // namespace
}  // namespace chainmap
