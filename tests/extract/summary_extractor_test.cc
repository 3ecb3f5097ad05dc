// Reading projects and facts from summaries written for the tests in the seeds' style
// (tests/fixtures/extract/): other zones, other years, 万元, a project named twice,
// aggregates and park totals, plans for next year.
#include "src/extract/summary_extractor.h"
#include "test_paths.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

namespace chainmap {
namespace {

Extraction Extract(const std::string& text) { return ExtractSummary(SplitSummary(text)); }

Extraction ExtractFixture(const std::string& name) {
  std::ifstream in(std::string(CHAINMAP_SOURCE_DIR) + "/tests/fixtures/extract/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return Extract(text.str());
}

const ProjectProposal* Find(const Extraction& x, const std::string& name) {
  for (const ProjectProposal& p : x.projects)
    if (NameKey(p.name) == NameKey(name)) return &p;
  return nullptr;
}

std::vector<std::string> Names(const Extraction& x) {
  std::vector<std::string> out;
  for (const ProjectProposal& p : x.projects) out.push_back(p.name);
  return out;
}

TEST_CASE("extract: a 2025 summary of another zone, with 万元 and next year's plan") {
  const Extraction x = ExtractFixture("kaifaqu-2025.txt");
  CHECK(x.year == "2025");
  CHECK(Names(x) == std::vector<std::string>{"华信新材料年产2万吨锂电铜箔项目", "瑞达精密轴承项目",
                                             "光明氢能加氢站网络项目", "储能电池模组项目",
                                             "智慧物流园项目"});
  const ProjectProposal* copper = Find(x, "华信新材料年产2万吨锂电铜箔");
  REQUIRE(copper);
  CHECK(copper->investment_yi == Approx(3.2));
  CHECK(copper->stage == ProjectStage::kOperating);
  // Named again in the plan for 2026: one proposal, both mentions, the stage unchanged.
  CHECK(copper->mentions.size() == 1);
  CHECK(copper->mentions[0].section == "二(一)");

  const ProjectProposal* bearing = Find(x, "瑞达精密轴承");
  REQUIRE(bearing);
  CHECK(*bearing->investment_yi == Approx(0.8));  // 8000 万元
  CHECK(bearing->stage == ProjectStage::kConstruction);
  CHECK(bearing->target == "明年一季度投产");
  CHECK(bearing->target_stage == ProjectStage::kOperating);

  CHECK(Find(x, "光明氢能加氢站网络")->stage == ProjectStage::kSigned);
  const ProjectProposal* battery = Find(x, "储能电池模组");
  CHECK(battery->stage == ProjectStage::kNegotiating);  // signing next year is its target
  CHECK(battery->target == "明年上半年签约落地");
  CHECK(battery->enterprise == "宁德时代");
  CHECK(*Find(x, "智慧物流园")->investment_yi == Approx(0.05 * 10));
  CHECK(Find(x, "智慧物流园")->stage == ProjectStage::kPlanned);

  REQUIRE(x.facts.size() == 6);
  CHECK(x.facts[1].kind == FactProposal::Kind::kTotal);
  CHECK(x.facts[1].figures.size() == 3);
  CHECK(x.facts[1].figures[1].value == Approx(186.3));
  CHECK(x.facts[4].text == "计划明年新开工项目20个，总投资不低于150亿元");
  CHECK(x.facts[4].kind == FactProposal::Kind::kTarget);
  CHECK(x.facts[5].kind == FactProposal::Kind::kTarget);
}

TEST_CASE("extract: a park's total is a fact, its projects are projects") {
  const Extraction x = ExtractFixture("jijuqu-2022.txt");
  CHECK(Names(x) == std::vector<std::string>{"年产300万吨骨料项目", "装配式建筑部品项目",
                                             "新型墙材项目", "恒通电缆年产5万公里特种线缆项目",
                                             "光伏组件回收利用项目"});
  for (const char* name : {"年产300万吨骨料", "装配式建筑部品", "新型墙材"})
    CHECK(Find(x, name)->stage == ProjectStage::kConstruction);
  CHECK(*Find(x, "年产300万吨骨料")->investment_yi == 25);
  // "投资 2.6 亿元" after the name; its stage from the heading "签约项目".
  CHECK(*Find(x, "恒通电缆年产5万公里特种线缆")->investment_yi == Approx(2.6));
  CHECK(Find(x, "恒通电缆年产5万公里特种线缆")->stage == ProjectStage::kSigned);
  CHECK(Find(x, "恒通电缆年产5万公里特种线缆")->source.section == "二2");
  // "…项目，总投资 1.5 亿元": the amount in the next clause.
  CHECK(*Find(x, "光伏组件回收利用")->investment_yi == Approx(1.5));
  bool park = false;
  for (const FactProposal& f : x.facts) park = park || f.text == "绿色建材产业园总投资 60 亿元";
  CHECK(park);
  CHECK_FALSE(Find(x, "绿色建材产业园"));
}

TEST_CASE("extract: aggregates and kinds of project are never projects") {
  const Extraction x = Extract(
      "一、成效\n实施重点项目 38 个，总投资 254.44 亿元；新签约亿元以上项目 6 个。"
      "确保全年新引进项目 25 个、合同金额不低于 140 亿元。加快签约项目实施，"
      "推动总投资 30 亿元的 7 个重点项目开工。\n");
  CHECK(x.projects.empty());
  REQUIRE(x.facts.size() == 4);
  CHECK(x.facts[0].kind == FactProposal::Kind::kTotal);
  CHECK(x.facts[2].kind == FactProposal::Kind::kTarget);
}

TEST_CASE("extract: aims do not move the current stage") {
  const Extraction x = Extract(
      "二、明年工作计划\n全力服务在建项目，确保总投资 4 亿元的甲新材料项目年底前建成投产、总投资 2 "
      "亿元的"
      "乙精密部件项目完成厂房主体建设；力争总投资 6 "
      "亿元的丙智能装备项目明年开工建设。其中，丁科技年产 1 万台电机项目"
      "已开工建设。\n");
  REQUIRE(x.projects.size() == 4);
  CHECK(x.projects[0].stage == ProjectStage::kConstruction);
  CHECK(x.projects[0].target == "年底前建成投产");
  CHECK(x.projects[1].stage == ProjectStage::kConstruction);
  CHECK(x.projects[1].target == "年底前完成厂房主体建设");  // 确保年底前 governs both
  CHECK(x.projects[2].stage == ProjectStage::kPlanned);
  CHECK(x.projects[2].target_stage == ProjectStage::kConstruction);
  CHECK(x.projects[3].name == "丁科技年产1万台电机项目");
  CHECK(x.projects[3].stage == ProjectStage::kConstruction);  // 已: said of now
}

}  // namespace
}  // namespace chainmap
