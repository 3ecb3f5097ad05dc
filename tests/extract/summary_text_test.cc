// Reading a summary's text: ICU normalisation, stray spaces, headings and sentences.
#include "src/extract/summary_text.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

TEST_CASE("summary text: full-width digits and signs become ASCII, Chinese punctuation stays") {
  CHECK(NormalizeSummaryText("总投资１２．５亿元，增长８％（一）") == "总投资12.5亿元，增长8%(一)");
  CHECK(NormalizeSummaryText("ＴＰ　模组") == "TP 模组");
}

TEST_CASE("summary text: spaces inside Chinese go, between Latin words one stays") {
  CHECK(DropStraySpaces("高新区 2023 年\n\n上半年  5G 手机") == "高新区2023年上半年5G手机");
  CHECK(DropStraySpaces("Cu-Cr-Zr  alloy 10\n20") == "Cu-Cr-Zr alloy 10 20");
}

TEST_CASE("summary text: title, sections and sentences across broken lines") {
  const SummaryText text = SplitSummary(
      " 某区 2025 年工作\n总结\n\n一、上半年情况\n\n完成投资 3\n\n亿元。另有项目\n 2 个。\n"
      "（二）招商引资。签约项目 6 个；洽谈\n项目 3 个。\n1. "
      "细项。内容。\n二、下半年打算\n确保投产。\n");
  CHECK(text.title == "某区2025年工作总结");
  REQUIRE(text.sentences.size() == 9);  // the heading 下半年打算 is one
  CHECK(text.sentences[0].text == "上半年情况。");
  CHECK(text.sentences[0].section == "一");
  CHECK(text.sentences[1].text == "完成投资3亿元。");
  CHECK(text.sentences[1].line == 6);  // line 6: "完成投资 3"
  CHECK(text.sentences[2].text == "另有项目2个。");
  CHECK(text.sentences[3].text == "招商引资。");
  CHECK(text.sentences[3].section == "一(二)");
  CHECK(text.sentences[4].text == "签约项目6个；洽谈项目3个。");
  CHECK(text.sentences[5].section == "一(二)1");
  CHECK(text.sentences[7].text == "下半年打算。");
  CHECK(text.sentences[8].text == "确保投产。");
  CHECK(text.sentences[8].section == "二");
  CHECK(text.sentences[8].headings.find("下半年打算") != std::string::npos);
}

TEST_CASE("summary text: name keys ignore spaces, quotes and a trailing 项目") {
  CHECK(NameKey("年产 15 万吨绿色甲醇项目") == NameKey("年产15万吨绿色甲醇"));
  CHECK(NameKey("“一物一码”平台") == "一物一码平台");
  CHECK(NameKey("项目") == "项目");
}

}  // namespace
}  // namespace chainmap
