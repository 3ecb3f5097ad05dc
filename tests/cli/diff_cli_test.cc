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
// - Targets (chainmap targets, 3 a link): with sensors local, equipment/motion-chips gains
//   a local downstream partner (+5 fit) and ties at 44 with the others; by link id its
//   three candidates (华润微, 兆易创新, 士兰微) take places 7–9, 埃斯顿 moves 7 → 10 and
//   华昌达 (8), 克来机电 (9) and 杭氧股份 (10) leave the top 10.
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

TEST_CASE("diff: usage errors exit 2") {
  CHECK(Run({"diff", "chains"}).exit_code == 2);
  CHECK(Run({"diff", "chains", "chains", "--top", "0"}).exit_code == 2);
  CHECK(Run({"diff", "chains", "no-such-dir"}).exit_code == 2);
}

}  // namespace
}  // namespace chainmap
