// chainmap lists on the mini zone; openpyxl reads the workbook back.
#include <catch2/catch.hpp>

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::ReadWholeFile;
using testing::RunChainmap;
using testing::ScratchDir;
using testing::ShellQuote;

constexpr const char* kDump = R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(wb.sheetnames)
for ws in wb.worksheets:
    print(ws.title, ws.freeze_panes, ws.max_row, ws.max_column, ws.cell(1, 1).font.b)
    print([c.value for c in ws[1]])
    for row in ws.iter_rows(min_row=2, values_only=True):
        print(row)
)";

TEST_CASE("lists: XLSX sheets, headers and values read back by openpyxl") {
  ScratchDir out;
  const auto dir = out.path() / "out";
  const auto result = RunChainmap("lists " + ShellQuote(testing::MiniZone().string()) + " -o " +
                                  ShellQuote(dir.string()));
  CHECK(result.err == "");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "wrote 21 files to " + dir.string() +
                          ": lists.xlsx enterprises.csv enterprises.md projects.csv "
                          "projects.md project-totals.csv project-totals.md progress.csv "
                          "progress.md stage-totals.csv stage-totals.md targets-progress.csv "
                          "targets-progress.md project-check.csv project-check.md gaps.csv gaps.md "
                          "targets.csv targets.md completeness.csv completeness.md\n");
  const auto dump = testing::RunPython(kDump, ShellQuote((dir / "lists.xlsx").string()));
  INFO(dump.err);
  REQUIRE(dump.exit_code == 0);
  CHECK(
      dump.out ==
      "['产业链企业清单', '重点项目清单', '项目投资汇总', '项目推进清单', '阶段投资汇总', "
      "'目标与进度', '项目数与投资核对', '缺链弱链清单', '招商目标清单', '产业链完整度汇总']\n"
      "产业链企业清单 A2 7 16 True\n"
      "['序号', '产业链', '环节', '环节位置', '企业名称', '简称', '本地/候选', '角色', '标签', "
      "'统一社会信用代码', '营业收入(亿元)', '营收年份', '所在地区', '企业ID', '环节ID', '来源']\n"
      "(1, '钢铁', '炼钢', '上游', '示例钢铁有限公司', '示例钢铁', '本地企业', '链主', '规上', "
      "None, None, None, '河南省济源市', 'mill', 'steel/steelmaking', '分析推断')\n"
      "(2, '钢铁', '线材', '中游', '示例钢铁有限公司', '示例钢铁', '本地企业', '链主', '规上', "
      "None, None, None, '河南省济源市', 'mill', 'steel/wire-rod', '分析推断')\n"
      "(3, '钢铁', '齿轮钢', '中游', '某齿轮钢企业', None, '招商候选', None, '上市', None, None, "
      "None, '江苏省', 'gearco', 'steel/gear-steel', '分析推断')\n"
      "(4, '钢铁', '弹簧', '下游', '示例弹簧厂', None, '本地企业', '配套', None, None, None, "
      "None, None, 'springco', 'steel/springs', '分析推断')\n"
      "(5, '装备', '机器人本体', '中游', '某机器人企业', None, '招商候选', None, None, None, "
      "None, None, None, 'robotco', 'equipment/robot', '分析推断')\n"
      "(6, '装备', '系统集成', '下游', '某机器人企业', None, '招商候选', None, None, None, None, "
      "None, None, 'robotco', 'equipment/integration', '分析推断')\n"
      "重点项目清单 A2 2 10 True\n"
      "['序号', '项目名称', '阶段', '总投资(亿元)', '企业', '产业链', '环节', '目标', '项目ID', "
      "'来源']\n"
      "(1, '工业机器人项目', '洽谈/意向', 15, '某机器人企业', '装备', '机器人本体', "
      "'年底前达成合作意向', 'robot-plant', '分析推断')\n"
      "项目投资汇总 A2 4 9 True\n"
      "['产业链', '谋划(亿元)', '洽谈/意向(亿元)', '签约(亿元)', '在建(亿元)', '投产(亿元)', "
      "'合计(亿元)', '项目数', '未列投资额的项目数']\n"
      "('钢铁', 0, 0, 0, 0, 0, 0, 0, 0)\n"
      "('装备', 0, 15, 0, 0, 0, 15, 1, 0)\n"
      "('全区合计', 0, 15, 0, 0, 0, 15, 1, 0)\n"
      // Reported as of the zone's 2024-06; 年底前 → 2024-12; 合作意向 is reached by 洽谈.
      "项目推进清单 A2 2 11 True\n"
      "['序号', '产业链', '阶段', '项目名称', '总投资(亿元)', '最近报告', '目标（文件原文）', "
      "'目标时间', '久未更新', '逾期', '来源']\n"
      "(1, '装备', '洽谈/意向', '工业机器人项目', 15, '2024-06', '年底前达成合作意向', "
      "'2024-12', '否', '否', '分析推断')\n"
      "阶段投资汇总 A2 7 7 True\n"
      "['阶段', '项目记录(个)', '项目记录合计(亿元)', '未列投资额(个)', '文件所述(亿元)', "
      "'文件所述内容', '来源']\n"
      "('谋划', 0, 0, 0, None, None, None)\n"
      "('洽谈/意向', 1, 15, 0, None, None, None)\n"
      "('签约', 0, 0, 0, None, None, None)\n"
      "('在建', 0, 0, 0, None, None, None)\n"
      "('投产', 0, 0, 0, None, None, None)\n"
      "('项目记录合计', 1, 15, 0, None, None, None)\n"
      // Values as `chainmap analyze/targets docs/examples/mini --format json` give them;
      // see tests/report/*_list_test.cc for the hand check.
      // The mini zone states no target and no number of projects: headers only.
      "目标与进度 A2 1 5 True\n"
      "['指标', '目标', '实际', '预计', '来源']\n"
      "项目数与投资核对 A2 1 6 True\n"
      "['年份', '文件所述', '项目记录', '说明', '文件原文', '来源']\n"
      "缺链弱链清单 A2 7 21 True\n"
      "['序号', '产业链', '环节ID', '环节', '环节位置', '现状', '缺口类型', '优先级', '类型分', "
      "'连通分', '支配分', '中心分', '邻接分', '相邻本地环节数', '在补减半', '卡脖子', "
      "'断链风险', '连通增益', '候选企业数', '首选目标', '首选目标得分']\n"
      "(1, '钢铁', 'steel/scrap', '废钢', '上游', '缺', '补链', 27.5, 20, 0, 0, 4.17, 3.33, 2, "
      "'否', '否', '否', 0, 0, None, None)\n"
      "(2, '装备', 'equipment/robot', '机器人本体', '中游', '缺', '延链', 20.83, 13.33, 0, 2.5, "
      "5, 0, 0, '否', '否', '是', 0, 1, '某机器人企业', 32.85)\n"
      "(3, '钢铁', 'steel/gear-steel', '齿轮钢', '中游', '缺', '延链', 20.83, 13.33, 5, 0, 0, "
      "2.5, 1, '否', '否', '否', 1, 1, '某齿轮钢企业', 36)\n"
      "(4, '装备', 'equipment/reducer', '减速器', '上游', '缺', '延链', 18.33, 13.33, 0, 5, 0, "
      "0, 0, '否', '是', '是', 0, 0, None, None)\n"
      "(5, '装备', 'equipment/integration', '系统集成', '下游', '缺', '延链', 13.33, 13.33, 0, "
      "0, 0, 0, 0, '否', '否', '否', 0, 1, '某机器人企业', 17.33)\n"
      "(6, '钢铁', 'steel/springs', '弹簧', '下游', '弱', '强链', 12.5, 6.67, 0, 0, 3.33, 2.5, "
      "1, '否', '否', '否', 0, 0, None, None)\n"
      "招商目标清单 A2 4 20 True\n"
      "['排名', '产业链', '环节ID', '环节', '缺口类型', '企业名称', '企业ID', '所在地区', '标签', "
      "'总分', '缺口分', '点名分', '距离分', '规模分', '关联分', '协作分', '关联项目', '项目阶段', "
      "'对接状态', '推荐理由']\n"
      "(1, '钢铁', 'steel/gear-steel', '齿轮钢', '延链', '某齿轮钢企业', 'gearco', '江苏省', "
      "'上市', 36, 20.83, 0, 6.17, 4, 5, 0, None, None, '文件未载明', '延链 齿轮钢（缺）；可贯通 1 "
      "对源头—终端；紧邻 1 个本地已有环节；某齿轮钢企业（上市）；距园区约 660 公里（省外）；所涉 1 "
      "个环节与本地在链企业相邻；本环节唯一候选')\n"
      "(2, '装备', 'equipment/robot', '机器人本体', '延链', '某机器人企业', 'robotco', None, "
      "None, 32.85, 20.83, 12.02, 0, 0, 0, 0, '工业机器人项目', '洽谈/意向', "
      "'文件未载明', '延链 机器人本体（缺）；为 1 个环节的必经环节；链内上下游供给路径经过此环节；"
      "某机器人企业；园区正在洽谈的项目 "
      "工业机器人项目（洽谈/意向，总投资 15 亿元）；本环节唯一候选')\n"
      "(3, '装备', 'equipment/integration', '系统集成', '延链', '某机器人企业', 'robotco', "
      "None, None, 17.33, 13.33, 4, 0, 0, 0, 0, None, None, '文件未载明', '延链 "
      "系统集成（缺）；某机器人企业；园区文件提及；本环节唯一候选')\n"
      "产业链完整度汇总 A2 4 10 True\n"
      "['产业链', '完整度(%)', '上游完整度(%)', '中游完整度(%)', '下游完整度(%)', '环节数', "
      "'强', '弱', '在补', '缺']\n"
      "('钢铁', 50, 50, 50, 50, 5, 2, 1, 0, 2)\n"
      "('装备', 0, 0, 0, 0, 3, 0, 0, 0, 3)\n"
      "('全区', 31.25, 33.33, 33.33, 25, 8, 2, 1, 0, 5)\n");
  // The CSV starts with a BOM and matches the sheet.
  const std::string csv = ReadWholeFile(dir / "projects.csv");
  CHECK(csv ==
        "\xEF\xBB\xBF序号,项目名称,阶段,总投资(亿元),企业,产业链,环节,目标,项目ID,来源\r\n"
        "1,工业机器人项目,洽谈/意向,15,某机器人企业,装备,机器人本体,年底前达成合作意向,"
        "robot-plant,分析推断\r\n");
}

TEST_CASE("lists: --format picks the files, bad input leaves the directory untouched") {
  ScratchDir out;
  const std::string zone = ShellQuote(testing::MiniZone().string());
  const auto dir = out.path() / "out";
  const auto md = RunChainmap("lists " + zone + " -o " + ShellQuote(dir.string()) + " --format md");
  CHECK(md.exit_code == 0);
  CHECK(md.out == "wrote 10 files to " + dir.string() +
                      ": enterprises.md projects.md project-totals.md progress.md stage-totals.md "
                      "targets-progress.md project-check.md gaps.md targets.md completeness.md\n");

  const auto bad_format =
      RunChainmap("lists " + zone + " -o " + ShellQuote(dir.string()) + " --format xls");
  CHECK(bad_format.exit_code == 2);
  CHECK(bad_format.err == "chainmap lists: unknown format 'xls' (formats: xlsx, csv, md)\n");

  const auto no_output = RunChainmap("lists " + zone);
  CHECK(no_output.exit_code == 2);
  CHECK(no_output.err == "chainmap lists: missing -o DIR (see 'chainmap lists --help')\n");

  // A zone with an error: exit 2, and the output directory is not even created.
  const auto broken = out.path() / "broken";
  std::filesystem::copy(testing::MiniZone(), broken);
  testing::WriteWholeFile(broken / "projects.json", "{\"projects\": [}");
  const auto fresh = out.path() / "fresh";
  const auto result =
      RunChainmap("lists " + ShellQuote(broken.string()) + " -o " + ShellQuote(fresh.string()));
  CHECK(result.exit_code == 2);
  CHECK(result.out == "");
  CHECK(!std::filesystem::exists(fresh));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  CHECK(files == 10);
}

// #14 item 9: every sheet prints on A4 landscape, one page wide, the header row repeated,
// the list's title above and the page number below, as openpyxl reads the print setup.
constexpr const char* kPrintSetup = R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    ps = ws.page_setup
    # fitToWidth absent means 1 (ECMA-376 18.3.1.64); fitToHeight 0: as many pages as needed.
    print(ws.title, ps.orientation, ps.paperSize, ps.fitToWidth in (None, 1), ps.fitToHeight,
          ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_title_rows,
          ws.oddHeader.center.text, ws.oddHeader.center.font, ws.oddHeader.center.size,
          ws.oddFooter.center.text)
)";

TEST_CASE("lists: every sheet prints A4 landscape, fit to width, header row repeated, titled") {
  ScratchDir out;
  const auto dir = out.path() / "out";
  REQUIRE(RunChainmap("lists " + ShellQuote(testing::MiniZone().string()) + " -o " +
                      ShellQuote(dir.string()))
              .exit_code == 0);
  const auto dump = testing::RunPython(kPrintSetup, ShellQuote((dir / "lists.xlsx").string()));
  INFO(dump.err);
  REQUIRE(dump.exit_code == 0);
  std::string expected;
  for (const char* title :
       {"产业链企业清单", "重点项目清单", "项目投资汇总", "项目推进清单", "阶段投资汇总",
        "目标与进度", "项目数与投资核对", "缺链弱链清单", "招商目标清单", "产业链完整度汇总"})
    expected += std::string(title) + " landscape 9 True 0 True $1:$1 " + title +
                " -,Bold 14 第 &P 页，共 &N 页\n";
  CHECK(dump.out == expected);
}

}  // namespace
}  // namespace chainmap
