#include "src/io/enterprise_csv.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

std::string Message(const std::string& text) {
  try {
    ParseEnterpriseCsv(text, "f.csv");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST_CASE("Enterprise CSV: headers in Chinese, English, with full-width brackets and spaces") {
  const auto csv = ParseEnterpriseCsv(
      " 企业名称 ,营业收入（万元）,标签,本地\nA公司,500,规上，专精特新 ｜ 上市,否\n", "f.csv");
  REQUIRE(csv.rows.size() == 1);
  CHECK(csv.rows[0].name == "A公司");
  CHECK(csv.rows[0].revenue == Approx(0.05));
  CHECK(csv.rows[0].tags == std::vector<std::string>{"规上", "专精特新", "上市"});
  CHECK(csv.rows[0].local == false);
  const auto en = ParseEnterpriseCsv("Name,LOCAL\nB,yes\n", "f.csv");
  CHECK(en.rows[0].local == true);
}

TEST_CASE("Enterprise CSV: problems with the whole file") {
  CHECK(Message("") == "f.csv: empty file: expected a header row");
  CHECK(Message("uscc\nX\n") ==
        "f.csv:1: no 企业名称 (name) column; the header row must name the columns");
  CHECK(Message("企业名称,name\n") ==
        "f.csv:1: columns '企业名称' and 'name' say the same thing; keep one");
  CHECK(Message("name,营业收入(元)\n") ==
        "f.csv:1: column '营业收入(元)': the revenue unit must be 亿元 or 万元");
}

TEST_CASE("Enterprise CSV: bad rows are rejected with their row number and reason") {
  const auto csv = ParseEnterpriseCsv(
      "name,uscc,industry_code,revenue,local\n"
      "ok,,C3130,1.5,\n"
      ",,,,\n"
      "x,91419001MA4000000D,,,\n"
      "y,,31x,,\n"
      "z,,,-3,\n"
      "w,,,,maybe\n"
      ",,C3130,,\n",
      "f.csv");
  REQUIRE(csv.rows.size() == 1);
  CHECK(csv.rows[0].industry_codes == std::vector<std::string>{"C3130"});
  std::vector<std::string> messages;
  for (const auto& d : csv.rejected) messages.push_back(d.file + ": " + d.message);
  CHECK(messages ==
        std::vector<std::string>{
            "f.csv:4: uscc '91419001MA4000000D' is not valid: check character is 'D', expected "
            "'C' (a character was mistyped)",
            "f.csv:5: industry_code '31X' is not a GB/T 4754 code (a section letter and 2-4 "
            "digits, e.g. C3130)",
            "f.csv:6: revenue '-3' is not a non-negative number",
            "f.csv:7: local 'maybe' is not 是/否 (yes/no)",
            "f.csv:8: name is empty",
        });
}

TEST_CASE("Decimals move their point on the text: 万元 to 亿元 without rounding twice") {
  CHECK(ParseDecimal("12,345", 4) == 1.2345);
  CHECK(ParseDecimal("12.5", 4) == 0.00125);
  CHECK(ParseDecimal("500", 4) == 0.05);
  CHECK(ParseDecimal("7", 0) == 7);
  CHECK(!ParseDecimal("1e3", 0));
  CHECK(!ParseDecimal(".5", 0));
  CHECK(!ParseDecimal("", 0));
}

TEST_CASE("Cell lists split on every separator planners use") {
  CHECK(SplitCellList("a、b;c,d|e；f，g｜h") ==
        std::vector<std::string>{"a", "b", "c", "d", "e", "f", "g", "h"});
  CHECK(SplitCellList(" a , a ,, ") == std::vector<std::string>{"a"});
}

}  // namespace
}  // namespace chainmap
