#include "src/io/table_csv.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "src/io/diagnostic.h"

namespace chainmap {
namespace {

Table TwoColumns() {
  Table table{
      "t", "清单", {{"名称", ColumnType::kText, 20}, {"投资(亿元)", ColumnType::kNumber, 10}}, {}};
  return table;
}

std::string Csv(const Table& table) {
  std::ostringstream out;
  WriteCsv(table, out);
  return out.str();
}

TEST_CASE("CSV starts with a BOM, uses CRLF and writes numbers as numbers") {
  Table table = TwoColumns();
  table.AddRow({std::string("济源钢铁"), 15.0});
  table.AddRow({std::string("示例"), 1.52});
  table.AddRow({std::string(), Cell{}});
  CHECK(Csv(table) ==
        "\xEF\xBB\xBF名称,投资(亿元)\r\n"
        "济源钢铁,15\r\n"
        "示例,1.52\r\n"
        ",\r\n");
}

TEST_CASE("CSV quotes commas, quotes and line breaks per RFC 4180") {
  Table table = TwoColumns();
  table.AddRow({std::string("a,b"), 1.0});
  table.AddRow({std::string("say \"hi\""), 2.0});
  table.AddRow({std::string("two\nlines"), 3.0});
  CHECK(Csv(table) ==
        "\xEF\xBB\xBF名称,投资(亿元)\r\n"
        "\"a,b\",1\r\n"
        "\"say \"\"hi\"\"\",2\r\n"
        "\"two\nlines\",3\r\n");
}

TEST_CASE("CSV guard neutralises hostile cells") {
  CHECK(CsvGuard("=HYPERLINK(\"http://evil\",\"click\")") ==
        "'=HYPERLINK(\"http://evil\",\"click\")");
  CHECK(CsvGuard("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0");
  CHECK(CsvGuard("-2+3") == "'-2+3");
  CHECK(CsvGuard("@SUM(A1:A9)") == "'@SUM(A1:A9)");
  CHECK(CsvGuard("\t=1+1") == "'\t=1+1");
  CHECK(CsvGuard("\r=1+1") == "'\r=1+1");
  CHECK(CsvGuard("济源=钢铁") == "济源=钢铁");  // Only a leading character matters.
  CHECK(CsvGuard("") == "");

  // In a whole table: the guard comes first, then quoting; numbers are not guarded.
  Table table = TwoColumns();
  table.AddRow({std::string("=1+2,\"x\""), -5.0});
  table.AddRow({std::string("@cmd"), Cell{}});
  CHECK(Csv(table) ==
        "\xEF\xBB\xBF名称,投资(亿元)\r\n"
        "\"'=1+2,\"\"x\"\"\",-5\r\n"
        "'@cmd,\r\n");
}

TEST_CASE("CSV parser reads what the writer writes") {
  Table table = TwoColumns();
  table.AddRow({std::string("a,b \"c\"\r\nd"), 0.5});
  const auto records = ParseCsv(Csv(table), "t.csv");
  REQUIRE(records.size() == 2);
  CHECK(records[0].fields == std::vector<std::string>{"名称", "投资(亿元)"});
  CHECK(records[1].fields == std::vector<std::string>{"a,b \"c\"\r\nd", "0.5"});
  CHECK(records[1].row == 2);
}

TEST_CASE("CSV parser counts rows as a spreadsheet does") {
  // A quoted line break stays in its row; a blank line is a row of its own.
  const auto records = ParseCsv("h1,h2\n\"x\ny\",1\n\nlast,2", "t.csv");
  REQUIRE(records.size() == 4);
  CHECK(records[1].row == 2);
  CHECK(records[2].row == 3);
  CHECK(records[2].fields == std::vector<std::string>{""});
  CHECK(records[3].row == 4);
  CHECK(records[3].fields == std::vector<std::string>{"last", "2"});
}

TEST_CASE("CSV parser reports broken quoting with the row") {
  CHECK_THROWS_AS(ParseCsv("a,b\n\"open,1\n", "in.csv"), InputError);
  CHECK_THROWS_WITH(
      ParseCsv("a,b\n\"open,1\n", "in.csv"),
      "in.csv:2: the quoted field in column 1 has no closing quote and runs to the end of the "
      "file: add the closing \" (a quote inside a field is written \"\")");
  CHECK_THROWS_WITH(
      ParseCsv("a,b\nx,\"open\n", "in.csv"),
      "in.csv:2: the quoted field in column 2 has no closing quote and runs to the end of the "
      "file: add the closing \" (a quote inside a field is written \"\")");
  CHECK_THROWS_WITH(
      ParseCsv("a,b\n\"x\"y,1\n", "in.csv"),
      "in.csv:2: unexpected text after a closing quote (a quote inside a field is written \"\")");
}

}  // namespace
}  // namespace chainmap
