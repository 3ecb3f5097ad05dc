// chainmap diff of the zone's own history: snapshots/2023-06 (from the 2023 summary alone)
// against chains/ (2024-06). The expected text was read by hand against the data:
// - 27 projects added: the 41 of chains/projects.json less the 14 the 2023 summary names;
//   none removed; none advanced (the 2024 summary does not mention the 2023 projects again,
//   so chains/ keeps their 2023-06 stages).
// - Links: car-console-screen and lamination-module (the TP project, signed), electronic
//   materials (in construction), the tyre manipulator (construction), copper-alloy bar and
//   Mo-Cu packaging (signed) go from missing to filling (filling_stage is signed); sensors
//   from missing to weak (水云踪智控, a local enterprise named only in 2024).
// - Completeness (strong + ½ weak, filling counts 0): equipment 0.5/19 = 2.6 % → 1/19 =
//   5.3 %; the zone 14/158 = 8.9 % → 14.5/158 = 9.2 %; the other chains unchanged.
// - Targets (chainmap targets, 3 a link; the top 10 of each): the 2024 summary names
//   工业富联's projects in talks (智能医疗器械 10 亿元, 云计算中心 5 亿元, 机器人研发制造 3 亿元)
//   and 埃斯顿's (工业机器人 15 亿元): the named signal puts 工业富联 at 1, 2 and 4 and 埃斯顿 at 5
//   (机器人系统集成) and 8 (工业机器人本体); 工业富联 on 服务器 (2 → 3), 华昌达 and 克来机电
//   on 机器人系统集成 (1 → 6, 3 → 7), 风神轮胎 (4 → 9) and 豫光金铅 (5 → 10) stay in;
//   中信特钢, 华昌达 (汽车焊装), 拓斯达, 杭氧股份 and 天工国际 (old 6–10) leave.
#include <filesystem>

#include <catch2/catch.hpp>
#include "test_paths.h"

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

/// Runs chainmap with these arguments in the source tree.
testing::ProcessResult Run(const std::vector<std::string>& args) {
  std::string line = "cd " + testing::ShellQuote(CHAINMAP_SOURCE_DIR) + " && " +
                     testing::ShellQuote(CHAINMAP_BINARY);
  for (const std::string& a : args) line += " " + testing::ShellQuote(a);
  return testing::RunProcess(line);
}

TEST_CASE("diff 2023-06 → 2024-06: the zone's history, read by hand") {
  const auto r = Run({"diff", "snapshots/2023-06", "chains"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == testing::ReadWholeFile(std::string(CHAINMAP_SOURCE_DIR) +
                                        "/tests/fixtures/diff/2023-06_2024-06.txt"));
  const auto j = Run({"diff", "snapshots/2023-06", "chains", "--format", "json"});
  REQUIRE(j.exit_code == 0);
  CHECK(j.out.find(R"("id": "car-console-tp-5m")") != std::string::npos);
  CHECK(j.out.find(R"("new_stage": "signed")") != std::string::npos);
}

TEST_CASE("diff --map draws the chains whose links changed, each change under its link") {
  const testing::ScratchDir scratch;
  const std::string dir = (scratch.path() / "maps").string();
  const auto r = Run({"diff", "snapshots/2023-06", "chains", "--map", dir});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("3 maps with changed links") != std::string::npos);
  // The seven changed links above: electronics 3, equipment 2, materials 2.
  auto marks = [&](const std::string& chain) {
    const std::string svg = testing::ReadWholeFile(std::filesystem::path(dir) / (chain + ".svg"));
    std::size_t n = 0;
    for (auto at = svg.find(">变化："); at != std::string::npos; at = svg.find(">变化：", at + 1))
      ++n;
    return n;
  };
  CHECK(marks("electronics") == 3);
  CHECK(marks("equipment") == 2);
  CHECK(marks("materials") == 2);
  const std::string equipment =
      testing::ReadWholeFile(std::filesystem::path(dir) / "equipment.svg");
  CHECK(equipment.find(">变化：缺 → 弱（延链 → 强链）<") != std::string::npos);
  CHECK(equipment.find("与 2023 年 6 月相比") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(std::filesystem::path(dir) / "steel.svg"));
}

TEST_CASE("diff: usage errors exit 2") {
  CHECK(Run({"diff", "chains"}).exit_code == 2);
  CHECK(Run({"diff", "chains", "chains", "--top", "0"}).exit_code == 2);
  CHECK(Run({"diff", "chains", "no-such-dir"}).exit_code == 2);
}

}  // namespace
}  // namespace chainmap
