#include "src/io/csv_stream.h"

#include <catch2/catch.hpp>

#include "src/io/diagnostic.h"

using namespace chainmap;

namespace {

/// Every record as cells joined by '|', fed in chunks of `chunk` bytes.
std::vector<std::string> Parse(const std::string& text, std::size_t chunk) {
  std::vector<std::string> out;
  CsvStream csv("f.csv", [&](const RawRow& row) {
    std::string line = std::to_string(row.row) + ":";
    for (std::size_t i = 0; i < row.cells.size(); ++i)
      line += (i ? "|" : "") + std::string(row.cells[i]);
    out.push_back(line);
    return true;
  });
  for (std::size_t i = 0; i < text.size(); i += chunk) csv.Feed(text.substr(i, chunk));
  csv.Finish();
  return out;
}

}  // namespace

TEST_CASE("CSV stream: quotes, CRLF and records cut anywhere between chunks", "[io][csv]") {
  const std::string text =
      "企业名称,经营范围\r\n\"甲,乙公司\",\"生产\"\"弹簧\"\"\r\n及销售\"\r\n丙,\r\n,\n丁,末行";
  const std::vector<std::string> expected = {
      "1:企业名称|经营范围", "2:甲,乙公司|生产\"弹簧\"\r\n及销售", "3:丙|", "4:|", "5:丁|末行"};
  for (std::size_t chunk : {1, 2, 3, 7, 1000}) {
    INFO("chunk " << chunk);
    CHECK(Parse(text, chunk) == expected);
  }
}

TEST_CASE("CSV stream: a quote never closed names its row and column", "[io][csv]") {
  CHECK_THROWS_WITH(Parse("a,b\nx,\"open\n", 4),
                    "f.csv:2:2: a quoted cell is never closed: add the missing '\"'");
  CHECK_THROWS_WITH(Parse("a,b\n\"x\"y,z\n", 100),
                    "f.csv:2:1: text after the closing quote of a cell: quote the whole cell "
                    "and double any '\"' inside it");
}

TEST_CASE("CSV stream: long unquoted cells end at the right comma, records carry their text",
          "[io][csv]") {
  // Cells longer than the sixteen bytes scanned at a time, a separator on each side of a
  // sixteen-byte boundary, an empty cell and a CRLF line end.
  const std::string a(15, 'a'), b(16, 'b'), c(17, 'c');
  const std::string text =
      a + "," + b + ",," + c + "\r\n" + "河南省济源市虎岭高新技术产业开发区,\"x,\"\"y\"\"\"\n";
  std::vector<std::string> cells, texts;
  CsvStream csv("f.csv", [&](const RawRow& row) {
    std::string line;
    for (std::size_t i = 0; i < row.cells.size(); ++i)
      line += (i ? "|" : "") + std::string(row.cells[i]);
    cells.push_back(line);
    texts.emplace_back(row.text);
    return true;
  });
  for (const std::size_t chunk : {text.size(), std::size_t{5}}) {
    INFO("chunk " << chunk);
    cells.clear();
    texts.clear();
    for (std::size_t i = 0; i < text.size(); i += chunk) csv.Feed(text.substr(i, chunk));
    csv.Finish();
    CHECK(cells == std::vector<std::string>{a + "|" + b + "||" + c,
                                            "河南省济源市虎岭高新技术产业开发区|x,\"y\""});
    CHECK(texts ==
          std::vector<std::string>{a + "," + b + ",," + c + "\r\n",
                                   "河南省济源市虎岭高新技术产业开发区,\"x,\"\"y\"\"\"\n"});
  }
}

TEST_CASE("CSV stream: a record longer than the line-by-line limit spans many chunks whole",
          "[io][csv]") {
  // A quoted cell of 40 000 lines (80 000 bytes) cut by chunks of 4 096 bytes: the record
  // left over at a chunk's end is completed line by line, then, once it is long, chunk by
  // chunk; the records after it are parsed where they are.
  std::string lines;
  for (int i = 0; i < 40000; ++i) lines += "x\n";
  const std::string text = "a,b\n1,\"" + lines + "\"\n2,y\n";
  const std::vector<std::string> expected = {"1:a|b", "2:1|" + lines, "3:2|y"};
  for (std::size_t chunk : {4096, 65536, 1 << 20}) {
    INFO("chunk " << chunk);
    CHECK(Parse(text, chunk) == expected);
  }
}
