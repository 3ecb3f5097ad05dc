#include "render/one_page_pdf.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::RunProcess;
using testing::ScratchDir;
using testing::ShellQuote;
using testing::WriteWholeFile;

/// A page with a cell far too long for its column and more rows than the page holds.
OnePage Crowded() {
  OnePage page;
  page.title = "测试区 领导一页纸";
  page.subtitle = "截至 2024-06";
  PageTable long_cells{"长文本", {1, 1}, {"名称", "说明"}, {}, "注：表下说明"};
  long_cells.rows.push_back(
      {"甲", [] {
         std::string text;  // Chinese, as the page's cells are: far more than two lines.
         for (int i = 0; i < 30; ++i) text += "很长的说明文字";
         return text + "末尾不应出现";
       }()});
  PageTable many{"很多行", {1}, {"行"}, {}, ""};
  for (int i = 1; i <= 80; ++i) many.rows.push_back({"第 " + std::to_string(i) + " 行"});
  page.columns = {{long_cells}, {many}};
  page.column_widths = {1, 1};
  page.footer = "资料来源：测试";
  page.date = "2024-06-01T00:00:00Z";
  return page;
}

struct PdfText {
  std::string info, text;
};

PdfText Inspect(const std::string& pdf) {
  ScratchDir dir;
  const auto path = dir.path() / "page.pdf";
  WriteWholeFile(path, pdf);
  return {RunProcess("pdfinfo " + ShellQuote(path.string())).out,
          RunProcess("pdftotext -layout " + ShellQuote(path.string()) + " -").out};
}

TEST_CASE("One-page PDF: one A4 landscape page, long text cut with …, extra rows counted") {
  std::ostringstream out;
  WriteOnePagePdf(out, Crowded());
  const PdfText pdf = Inspect(out.str());
  INFO(pdf.info);
  CHECK(pdf.info.find("Pages:           1\n") != std::string::npos);
  CHECK(pdf.info.find("Page size:       841.89 x 595.28 pts (A4)") != std::string::npos);
  CHECK(pdf.text.find("测试区 领导一页纸") != std::string::npos);
  CHECK(pdf.text.find("注：表下说明") != std::string::npos);
  // The long cell is cut with "…": its end is not drawn.
  CHECK(pdf.text.find("…") != std::string::npos);
  // (Its end is not drawn — pdftoppm shows two lines ending in "…" — but pdftotext still
  // reads it: cairo keeps the elided characters as the text of the "…" glyph.)
  // The first rows are drawn, the last not; a line says how many were left out.
  // pdftotext may drop the spaces around a single digit ("第1行").
  CHECK((pdf.text.find("第 1 行") != std::string::npos ||
         pdf.text.find("第1行") != std::string::npos));
  CHECK(pdf.text.find("第 80 行") == std::string::npos);
  CHECK(pdf.text.find("行，见报告") != std::string::npos);
  CHECK(pdf.text.find("资料来源：测试") != std::string::npos);
}

TEST_CASE("One-page PDF: the same page gives the same bytes") {
  std::ostringstream a, b;
  WriteOnePagePdf(a, Crowded());
  WriteOnePagePdf(b, Crowded());
  CHECK(a.str() == b.str());
  CHECK(a.str().find("/CreationDate (20240601000000Z)") != std::string::npos);
}

}  // namespace
}  // namespace chainmap
