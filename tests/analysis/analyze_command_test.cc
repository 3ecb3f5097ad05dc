// The analyze and targets commands, run as the built binary.
#include <cstdio>
#include <filesystem>
#include <string>
#include "test_paths.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

struct Result {
  int code = 0;
  std::string out;
};

/// Runs the chainmap binary with `args`; standard error is folded into `out`.
Result Chainmap(const std::string& args) {
  const std::string command = std::string(CHAINMAP_BINARY) + " " + args + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  Result r;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) r.out.append(buffer, n);
  const int status = ::pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

const std::string kMini = CHAINMAP_SOURCE_DIR "/docs/examples/mini";

TEST_CASE("targets on the example zone, as CSV") {
  // By hand (docs/analysis.md section 5, default weights):
  // gearco at gear-steel: gap 40 × (延链 1/3 + 1/8 × gain 1/1 + 1/8 × local neighbours
  //   1/(1+1) (炼钢; the cross edge's 减速器 is missing); no dominance, no betweenness) = 20.83;
  //   distance 12 × (0.5 × 省外 0.25 + 0.5 × (1 − 663.9 km / 3000)) = 6.17 (济源 35.1,112.6 to
  //   南京 32.1,118.8); scale 10 × 上市 0.4 = 4; relatedness 10 × 1/2 (next to 炼钢) = 5.
  // robotco at robot: gap 40 × (1/3 + 1/8 × dominated 1/2 + 1/8 × betweenness 1/1) = 20.83;
  //   named 20 × (0.6 × 洽谈 0.6 +
  //   0.4 × log10(16)/2) = 12.02; no region, no tags, nothing local next to it.
  // robotco at integration: gap 40 × 1/3 = 13.33; named 20 × 0.2 (a project elsewhere) = 4.
  const Result r = Chainmap("targets " + kMini + " --format csv");
  CHECK(r.code == 0);
  CHECK(r.out ==
        "rank,link,gap,candidate,name,score,gap_priority,named,distance,scale,relatedness,ties,in_"
        "talks,project,reason\n"
        "1,steel/gear-steel,extend,gearco,某齿轮钢企业,36.00,20.83,0.00,6.17,4.00,5.00,0.00,no,,"
        "延链 齿轮钢（缺）；可贯通 1 对源头—终端；紧邻 1 "
        "个本地已有环节；某齿轮钢企业（上市）；距园区约 660 公里（省外）；"
        "所涉 1 个环节与本地在链企业相邻；本环节唯一候选\n"
        "2,equipment/robot,extend,robotco,某机器人企业,32.85,20.83,12.02,0.00,0.00,0.00,0.00,yes,"
        "robot-plant,延链 机器人本体（缺）；为 1 个环节的必经环节；链内上下游供给路径经过此环节；"
        "某机器人企业；园区正在洽谈的项目 "
        "工业机器人项目（洽谈/意向，总投资 15 亿元）；本环节唯一候选\n"
        "3,equipment/integration,extend,robotco,某机器人企业,17.33,13.33,4.00,0.00,0.00,0.00,0.00,"
        "no,,延链 系统集成（缺）；某机器人企业；园区文件提及；本环节唯一候选\n");
}

TEST_CASE("analyze --assume-stage shows statuses and completeness before and after") {
  const Result r = Chainmap("analyze " + kMini + " --assume-stage negotiating --chain equipment");
  CHECK(r.code == 0);
  CHECK(
      r.out.find("示例园区 (mini): completeness 0.38 (2 strong, 2 weak, 0 filling, 4 missing "
                 "of 8 links)\nscenario 远景: projects at 洽谈/意向 (negotiating) or later counted "
                 "as built; before: 0.31") == 0);
  CHECK(r.out.find("  robot               missing>weak") != std::string::npos);
  CHECK(r.out.find("steel 钢铁") == std::string::npos);
  const Result json = Chainmap("analyze " + kMini + " --assume-stage negotiating --format json");
  CHECK(json.out.find("\"status\": \"weak\",\n          \"status_before\": \"missing\"") !=
        std::string::npos);
  // robotco's project counts as built: it operates at robot and is no target there.
  const Result targets = Chainmap("targets " + kMini + " --assume-stage negotiating --format csv");
  CHECK(targets.out.find("equipment/robot,") == std::string::npos);
  CHECK(targets.out.find("equipment/integration,") != std::string::npos);
}

TEST_CASE("analyze and targets reject bad options with exit 2") {
  CHECK(Chainmap("analyze " + kMini + " --chain nope").out ==
        "chainmap analyze: unknown chain 'nope' (chains: steel, equipment)\n");
  CHECK(Chainmap("analyze " + kMini + " --assume-stage soon").out ==
        "chainmap analyze: unknown project stage 'soon' (stages: planned, negotiating, signed, "
        "construction, operating)\n");
  CHECK(Chainmap("targets " + kMini + " --top x").out ==
        "chainmap targets: --top must be a whole number from 0 to 1000000, not 'x'\n");
  const Result r = Chainmap("targets " + kMini + " --format xml");
  CHECK(r.code == 2);
  CHECK(r.out == "chainmap targets: --format must be one of text, json, md, csv, not 'xml'\n");
}

TEST_CASE("output is identical byte for byte across runs") {
  std::string zone = CHAINMAP_SOURCE_DIR "/chains";
  if (!std::filesystem::exists(zone + "/zone.json")) {
    WARN("chains/ not present yet: checking the example zone");
    zone = kMini;
  }
  for (const std::string& args :
       {"analyze " + zone + " --format json", "analyze " + zone + " --format md", "analyze " + zone,
        "analyze " + zone + " --assume-stage signed --format json",
        "targets " + zone + " --top 0 --format csv", "targets " + zone + " --format json"}) {
    INFO(args);
    const Result first = Chainmap(args);
    CHECK(first.code == 0);
    CHECK(first.out.size() > 100);
    CHECK(Chainmap(args).out == first.out);
  }
}

}  // namespace
}  // namespace chainmap
