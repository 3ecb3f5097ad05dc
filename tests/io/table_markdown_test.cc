#include "src/io/table_markdown.h"

#include <sstream>

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

TEST_CASE("Markdown table escapes pipes and line breaks and right-aligns numbers") {
  Table table{"t",
              "重点项目|清单",
              {{"名称", ColumnType::kText, 20}, {"投资", ColumnType::kNumber, 8}},
              {}};
  table.AddRow({std::string("a|b"), 15.0});
  table.AddRow({std::string("x\\|y\r\nz"), Cell{}});
  std::ostringstream out;
  WriteMarkdown(table, out);
  CHECK(out.str() ==
        "## 重点项目\\|清单\n"
        "\n"
        "| 名称 | 投资 |\n"
        "| --- | ---: |\n"
        "| a\\|b | 15 |\n"
        "| x\\\\\\|y<br>z | |\n");
}

TEST_CASE("Markdown cells escape what would start markup, HTML or an entity") {
  CHECK(MarkdownCell("<b>A&B</b> *x* _y_ `z` [l](u)") ==
        "\\<b\\>A\\&B\\</b\\> \\*x\\* \\_y\\_ \\`z\\` \\[l\\](u)");
  CHECK(MarkdownCell("河南济源钢铁（集团）有限公司") == "河南济源钢铁（集团）有限公司");
}

TEST_CASE("Markdown table without rows says so") {
  Table table{"t", "空", {{"名称", ColumnType::kText, 20}}, {}};
  std::ostringstream out;
  WriteMarkdown(table, out);
  CHECK(out.str() == "## 空\n\n| 名称 |\n| --- |\n\n(none)\n");
}

}  // namespace
}  // namespace chainmap
