#include "src/io/table_xlsx.h"

#include <catch2/catch.hpp>

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::RunPython;
using testing::ScratchDir;

// openpyxl reads the workbook back: sheets, header, frozen pane, cell types and values.
constexpr const char* kDump = R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    print("sheet", ws.title, "freeze", ws.freeze_panes, "bold", ws.cell(1, 1).font.b)
    for row in ws.iter_rows(values_only=True):
        print("|".join("None" if v is None else type(v).__name__ + ":" + str(v) for v in row))
)";

TEST_CASE("XLSX holds one sheet per table, a frozen styled header and typed cells") {
  Table enterprises{
      "enterprises",
      "产业链企业清单",
      {{"企业名称", ColumnType::kText, 30}, {"营业收入(亿元)", ColumnType::kNumber, 12}},
      {}};
  enterprises.AddRow({std::string("济源钢铁"), 12.5});
  enterprises.AddRow({std::string("=1+1"), Cell{}});
  Table projects{"projects", "重点项目清单", {{"项目", ColumnType::kText, 30}}, {}};
  projects.AddRow({std::string("机器人")});

  ScratchDir dir;
  const auto path = dir.path() / "lists.xlsx";
  testing::WriteWholeFile(path, XlsxBytes({enterprises, projects}));
  const auto result = RunPython(kDump, testing::ShellQuote(path.string()));
  REQUIRE(result.exit_code == 0);
  CHECK(result.err == "");
  // A formula-looking text stays a string in XLSX (no guard needed: it is not a formula).
  CHECK(result.out ==
        "sheet 产业链企业清单 freeze A2 bold True\n"
        "str:企业名称|str:营业收入(亿元)\n"
        "str:济源钢铁|float:12.5\n"
        "str:=1+1|None\n"
        "sheet 重点项目清单 freeze A2 bold True\n"
        "str:项目\n"
        "str:机器人\n");
}

TEST_CASE("A table longer than a sheet goes on over more sheets, each with its header") {
  // Three data rows a sheet (Excel's is 1,048,575); five rows: two sheets, 3 + 2.
  Table targets{"targets", "招商目标清单", {{"企业", ColumnType::kText, 20}}, {}};
  for (int i = 1; i <= 5; ++i) targets.AddRow({"企业" + std::to_string(i)});
  Table empty{"gaps", "缺链弱链清单", {{"环节", ColumnType::kText, 20}}, {}};
  ScratchDir dir;
  const auto path = dir.path() / "lists.xlsx";
  testing::WriteWholeFile(path, XlsxBytes({targets, empty}, 3));
  const auto result = RunPython(kDump, testing::ShellQuote(path.string()));
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "sheet 招商目标清单 freeze A2 bold True\n"
        "str:企业\nstr:企业1\nstr:企业2\nstr:企业3\n"
        "sheet 招商目标清单（续 2） freeze A2 bold True\n"
        "str:企业\nstr:企业4\nstr:企业5\n"
        "sheet 缺链弱链清单 freeze A2 bold True\n"
        "str:环节\n");
  // A long title leaves room for the suffix within Excel's 31 characters.
  Table long_title{"x", std::string(40, 'a'), {{"c", ColumnType::kText, 5}}, {}};
  for (int i = 0; i < 3; ++i) long_title.AddRow({std::string("v")});
  const auto names = dir.path() / "names.xlsx";
  testing::WriteWholeFile(names, XlsxBytes({long_title}, 2));
  const auto listed =
      RunPython("import sys, openpyxl\nprint(openpyxl.load_workbook(sys.argv[1]).sheetnames)",
                testing::ShellQuote(names.string()));
  CHECK(listed.out == "['" + std::string(31, 'a') + "', '" + std::string(26, 'a') + "（续 2）']\n");
}

TEST_CASE("XLSX column widths follow the content up to the hint") {
  Table table{"t", "宽度", {{"短", ColumnType::kText, 40}, {"长", ColumnType::kText, 20}}, {}};
  table.AddRow({std::string("济源钢铁"), std::string(50, 'x')});
  ScratchDir dir;
  const auto path = dir.path() / "w.xlsx";
  WriteXlsx({table}, path);
  const auto result = RunPython(R"(
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(round(ws.column_dimensions["A"].width), round(ws.column_dimensions["B"].width))
)",
                                testing::ShellQuote(path.string()));
  REQUIRE(result.exit_code == 0);
  // 济源钢铁 is 8 units wide, +2 padding; the 50 x's are cut to the hint of 20
  // (libxlsxwriter stores widths with Excel's 0.71 of padding added).
  CHECK(result.out == "11 21\n");
}

TEST_CASE("Sheet names lose characters Excel forbids and stop at 31 characters") {
  CHECK(SheetName("a/b:c") == "a_b_c");
  CHECK(SheetName(std::string(40, 'x')) == std::string(31, 'x'));
  CHECK(SheetName("") == "Sheet");
  CHECK(DisplayWidth("济源ab") == 6);
}

// Issue 19 item 4: a cell longer than Excel's 32,767 characters (sources joined in one
// cell) no longer fails the workbook: it is cut and ends in "…"; openpyxl reads it.
TEST_CASE("XLSX cuts a cell longer than Excel's limit and marks the cut") {
  Table table{"t", "长文本", {{"来源", ColumnType::kText, 20}}, {}};
  table.AddRow({std::string(40000, 'x')});
  table.AddRow({std::string(32767, 'y')});  // exactly the limit: kept whole
  ScratchDir dir;
  const auto path = dir.path() / "long.xlsx";
  testing::WriteWholeFile(path, XlsxBytes({table}));
  const auto result = RunPython(R"(
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
a, b = ws.cell(2, 1).value, ws.cell(3, 1).value
print(len(a), a[-2:], set(a[:-1]), len(b), set(b))
)",
                                testing::ShellQuote(path.string()));
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "32767 x… {'x'} 32767 {'y'}\n");
}
}  // namespace
}  // namespace chainmap
