// chainmap build: the whole deliverable, whole or not at all.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include <nlohmann/json.hpp>

#include "tests/cli/run_chainmap.h"

using namespace chainmap::testing;
namespace fs = std::filesystem;

namespace {

fs::path CopyMini(const std::string& name) {
  const fs::path dir = MakeTempDir(name);
  fs::copy(CHAINMAP_SOURCE_DIR "/docs/examples/mini", dir / "zone", fs::copy_options::recursive);
  return dir;
}

}  // namespace

TEST_CASE("build makes maps, report, lists, exports and an index page", "[cli][build]") {
  const fs::path dir = CopyMini("build");
  const RunResult r = RunChainmap({"build", (dir / "zone").string(), "-o", (dir / "out").string()});
  CHECK(r.err == "");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "built " + (dir / "out").string() +
                     ": index.html, summary.pdf, deck.pptx, maps/ 18 files, report/ 2, lists/ 21, "
                     "export/ 2\n");
  const auto files = Snapshot(dir / "out");
  for (const char* name :
       {"index.html", "summary.pdf", "maps/steel.svg", "maps/steel.png", "maps/steel.pdf",
        "maps/equipment.svg", "maps/overview.svg", "maps/overview.png", "maps/overview.pdf",
        "report/analysis.md", "report/analysis.json", "lists/targets.csv", "lists/lists.xlsx",
        "export/zone.graphml", "export/zone.json"})
    CHECK(files.count(name) == 1);
  CHECK(files.at("maps/steel.png").substr(1, 3) == "PNG");
  CHECK(files.at("maps/steel.pdf").substr(0, 5) == "%PDF-");
  CHECK(files.at("report/analysis.json").find("\"zone\": \"mini\"") != std::string::npos);
  // The deliverable's one targets CSV: the list's, as the workbook's sheet has it.
  CHECK(files.count("report/targets.csv") == 0);
  CHECK(files.at("lists/targets.csv").rfind("\xEF\xBB\xBF排名,产业链,", 0) == 0);
  CHECK(files.at("report/analysis.md").rfind("# 示例园区产业链分析报告\n", 0) == 0);
  const std::string& index = files.at("index.html");
  CHECK(index.find("<h1>示例园区 产业链图谱与招商报告</h1>") != std::string::npos);
  // The files a reader opens from the page, in Chinese, as relative links.
  CHECK(index.find("<a href=\"deck.pptx\">汇报演示文稿</a>"
                   "<a href=\"lists/lists.xlsx\">清单（表格）</a></span>"
                   "<span class=\"group\"><b>现状图谱（打印版）：</b>"
                   "<a href=\"maps/overview.pdf\">总览</a><a href=\"maps/steel.pdf\">钢铁</a>"
                   "<a href=\"maps/equipment.pdf\">装备</a></span>"
                   "<span class=\"group\"><b>远景图谱（打印版）：</b>"
                   "<a href=\"maps/vision/overview.pdf\">总览</a>") != std::string::npos);
  // The page's data block: the zone's completeness and its best target, as analysed.
  const std::string open = "<script type=\"application/json\" id=\"report-data\">";
  const std::size_t from = index.find(open);
  REQUIRE(from != std::string::npos);
  const std::size_t to = index.find("</script>", from);
  const auto data =
      nlohmann::json::parse(index.substr(from + open.size(), to - from - open.size()));
  CHECK(data["completeness"][0] == nlohmann::json::parse(
                                       R"({"value": 0.31, "links": 8, "strong": 2, "weak": 1,
                                           "filling": 0, "missing": 5})"));
  CHECK(data["targets"][0][0]["score"] == 36.0);
  CHECK(data["enterprises"][data["targets"][0][0]["candidate"].get<int>()]["name"] ==
        "某齿轮钢企业");
  CHECK(std::system(("xmllint --noout --html " + (dir / "out/index.html").string() + " 2>/dev/null")
                        .c_str()) == 0);
  CHECK(std::system(("xmllint --noout " + (dir / "out/maps/overview.svg").string()).c_str()) == 0);
  fs::remove_all(dir);
}

// #14 item 5: the 现状 maps and the 远景 maps side by side. With --assume-stage negotiating,
// robot-plant (洽谈) counts as built in the 远景: 机器人本体 is 缺 now and 弱 then.
TEST_CASE("build draws the 现状 maps and the 远景 maps", "[cli][build]") {
  const fs::path dir = CopyMini("build-vision");
  REQUIRE(RunChainmap({"build", (dir / "zone").string(), "-o", (dir / "out").string(), "--maps",
                       "svg", "--assume-stage", "negotiating"})
              .exit_code == 0);
  const auto files = Snapshot(dir / "out");
  const std::string& now = files.at("maps/equipment.svg");
  const std::string& vision = files.at("maps/vision/equipment.svg");
  CHECK(now.find("xlink:title=\"机器人本体（缺）\"") != std::string::npos);
  CHECK(vision.find("xlink:title=\"机器人本体（弱）\"") != std::string::npos);
  CHECK(now.find("装备产业链图谱</text>") != std::string::npos);
  CHECK(vision.find("装备产业链图谱（远景）</text>") != std::string::npos);
  CHECK(files.count("maps/vision/overview.svg") == 1);
  CHECK(files.count("maps/vision/steel.svg") == 1);
  fs::remove_all(dir);
}

TEST_CASE("build output is the same byte for byte, whatever the number of workers",
          "[cli][build]") {
  const fs::path dir = CopyMini("build-same");
  const std::string zone = (dir / "zone").string();
  REQUIRE(RunChainmap({"build", zone, "-o", (dir / "a").string(), "--jobs", "1"}).exit_code == 0);
  REQUIRE(RunChainmap({"build", zone, "-o", (dir / "b").string(), "--jobs", "3"}).exit_code == 0);
  CHECK(Snapshot(dir / "a") == Snapshot(dir / "b"));
  fs::remove_all(dir);
}

TEST_CASE("a rebuild replaces an earlier build whole, other directories are refused",
          "[cli][build]") {
  const fs::path dir = CopyMini("build-replace");
  const std::string zone = (dir / "zone").string(), out = (dir / "out").string();
  REQUIRE(RunChainmap({"build", zone, "-o", out, "--maps", "svg"}).exit_code == 0);
  std::ofstream(dir / "out/maps/stale.svg") << "old";
  REQUIRE(RunChainmap({"build", zone, "-o", out, "--maps", "svg", "--lists", "csv"}).exit_code ==
          0);
  CHECK_FALSE(fs::exists(dir / "out/maps/stale.svg"));
  CHECK_FALSE(fs::exists(dir / "out/lists/lists.xlsx"));
  CHECK(fs::exists(dir / "out/lists/projects.csv"));

  fs::create_directories(dir / "mine");
  std::ofstream(dir / "mine/notes.txt") << "keep me";
  const RunResult refused = RunChainmap({"build", zone, "-o", (dir / "mine").string()});
  CHECK(refused.exit_code == 2);
  CHECK(refused.err == (dir / "mine").string() +
                           ": exists and was not made by chainmap build: choose another -o, or "
                           "empty it\n");
  CHECK(Snapshot(dir / "mine") == std::map<std::string, std::string>{{"notes.txt", "keep me"}});
  fs::remove_all(dir);
}

TEST_CASE("bad input: exit 2, nothing written, nothing left behind", "[cli][build]") {
  const fs::path dir = CopyMini("build-bad");
  std::ofstream(dir / "zone/projects.json") << R"({"projects": [{"id": "p", "name": "x",)";
  const auto zone_before = Snapshot(dir / "zone");
  const RunResult r = RunChainmap({"build", (dir / "zone").string(), "-o", (dir / "out").string()});
  CHECK(r.exit_code == 2);
  CHECK(
      r.err.find("projects.json:1:39: expected a string key in double quotes, found end of file") !=
      std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out"));
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir)) entries += e.path().filename() != "zone";
  CHECK(entries == 0);  // no staging directory left
  CHECK(Snapshot(dir / "zone") == zone_before);

  CHECK(RunChainmap({"build", (dir / "zone").string()}).err ==
        "chainmap build: missing -o DIR (see 'chainmap build --help')\n");
  CHECK(RunChainmap({"build", "-o", "x", "--maps", "gif"}).err ==
        "chainmap build: unknown map format 'gif' (formats: svg, png, pdf)\n");
  fs::remove_all(dir);
}

TEST_CASE("names in the data never break the index page", "[cli][build]") {
  const fs::path dir = CopyMini("build-hostile");
  const fs::path candidates = dir / "zone/candidates.json";
  std::string text = Snapshot(dir / "zone").at("candidates.json");
  text.replace(text.find("某齿轮钢企业"), std::string("某齿轮钢企业").size(),
               R"(<img src=x onerror=alert(1)> & \"Co\")");
  std::ofstream(candidates, std::ios::trunc) << text;
  REQUIRE(
      RunChainmap({"build", (dir / "zone").string(), "-o", (dir / "out").string(), "--maps", "svg"})
          .exit_code == 0);
  const std::string index = Snapshot(dir / "out").at("index.html");
  // The name reaches the page only inside the JSON block, with < > & as \\u escapes
  // (tests/browser checks that the page shows it as text).
  CHECK(index.find("\\u003cimg src=x onerror=alert(1)\\u003e \\u0026 \\\"Co\\\"") !=
        std::string::npos);
  CHECK(index.find("<img src=x") == std::string::npos);
  fs::remove_all(dir);
}
