#include "src/io/registry_row.h"

#include <catch2/catch.hpp>

using namespace chainmap;

TEST_CASE("registry amounts: units and currencies as exports write them", "[io][registry]") {
  const auto amount = [](std::string_view text, const std::string& unit = "") {
    const auto a = ParseRegistryAmount(text, unit);
    return a ? std::to_string(a->value) + " " + a->unit : std::string("-");
  };
  CHECK(amount("5000万元人民币") == "5000.000000 万元");
  CHECK(amount("1,000 万美元") == "1000.000000 万美元");
  CHECK(amount("1.2亿元") == "12000.000000 万元");
  CHECK(amount("50244.6万人民币") == "50244.600000 万元");
  CHECK(amount("800", "万元") == "800.000000 万元");
  CHECK(amount("3", "亿元") == "30000.000000 万元");
  CHECK(amount("800", "千元") == "-");
  CHECK(amount("约五千万") == "-");
}

TEST_CASE("registry industry cells: 'C3120 炼钢', 'C3120', '3120炼钢', '炼钢'", "[io][registry]") {
  CHECK(SplitIndustryCell("C3120 炼钢") == std::pair<std::string, std::string>{"C3120", "炼钢"});
  CHECK(SplitIndustryCell("C3120") == std::pair<std::string, std::string>{"C3120", ""});
  CHECK(SplitIndustryCell("3120炼钢") == std::pair<std::string, std::string>{"3120", "炼钢"});
  CHECK(SplitIndustryCell("炼钢") == std::pair<std::string, std::string>{"", "炼钢"});
  CHECK(SplitIndustryCell("C 制造业") == std::pair<std::string, std::string>{"C", "制造业"});
}

TEST_CASE("registry rows: every level of 国标行业, most specific first, bad USCC kept apart",
          "[io][registry]") {
  const std::vector<std::string_view> header_cells = {
      "企业名称",     "统一社会信用代码", "注册资本", "国标行业门类",
      "国标行业大类", "国标行业小类",     "参保人数", "成立日期"};
  const auto header = RecognizeHeader("f", 2, header_cells);
  REQUIRE(header);
  const RegistryRow row = ParseRegistryRow(*header, 7,
                                           {"济源市甲公司", "91419001MA45C00090", "1000万美元",
                                            "C 制造业", "31 黑色金属", "3120 炼钢", "86", "41275"});
  CHECK(row.problem.empty());
  CHECK(row.uscc.empty());
  CHECK(row.invalid_uscc == "91419001MA45C00090");
  CHECK(row.industry_codes == std::vector<std::string>{"C3120", "C31"});
  CHECK(row.industry_names == std::vector<std::string>{"炼钢", "黑色金属", "制造业"});
  CHECK(row.insured == 86);
  CHECK(row.capital->unit == "万美元");
  CHECK(row.founded == "2013-01-01");  // an Excel date serial
  const RegistryRow bad = ParseRegistryRow(*header, 8, {"乙", "", "很多", "", "", "", "x", ""});
  CHECK(bad.problem == "注册资本 '很多' is not an amount such as 5000万元人民币 or 1000万美元");
  CHECK(bad.problem_column == 3);
}

TEST_CASE("registry headers: a title row is not a header, synonyms and units", "[io][registry]") {
  CHECK_FALSE(RecognizeHeader("f", 1, {"企业查询结果（共 14 条）", "", ""}));
  CHECK_FALSE(RecognizeHeader("f", 1, {"企业名称"}));  // a name alone could be a note
  const auto h = RecognizeHeader("f", 3, {"公司名称", "经营状态", "营业收入(万元)", "备注"});
  REQUIRE(h);
  CHECK(h->revenue_unit == "万元");
  CHECK(h->used == std::vector<std::string>{"公司名称", "经营状态", "营业收入(万元)"});
  CHECK(h->ignored == std::vector<std::string>{"备注"});
  CHECK_THROWS_WITH(RecognizeHeader("f", 2, {"企业名称", "登记状态", "经营状态"}),
                    "f:2:3: columns '登记状态' and '经营状态' are both 登记状态; keep one");
}

TEST_CASE("registry rows read into one reused row: nothing of the row before remains",
          "[io][registry]") {
  const auto header =
      RecognizeHeader("f", 1,
                      {"企业名称", "统一社会信用代码", "登记状态", "注册资本", "国标行业门类",
                       "国标行业小类", "经营范围", "参保人数", "科技型企业", "曾用名", "上市状态"});
  REQUIRE(header);
  const std::vector<std::string_view> full = {"济源市甲钢铁有限公司",
                                              "91419001MA45C00091",
                                              "存续",
                                              "1.2亿元",
                                              "C",
                                              "3120 炼钢、3130 轧钢",
                                              "钢材生产",
                                              "1,200",
                                              "高新技术企业、专精特新、高新技术企业",
                                              "甲钢厂;甲钢铁",
                                              "已上市"};
  const std::vector<std::string_view> sparse = {"乙公司", "", "注销", "", "",  "炼钢",
                                                "",       "", "",     "", "否"};
  RegistryRow reused;
  ParseRegistryRow(*header, 2, full, reused);
  CHECK(reused.industry_codes == std::vector<std::string>{"C3120", "C3130"});
  CHECK(reused.industry_names == std::vector<std::string>{"炼钢", "轧钢"});
  CHECK(reused.tags == std::vector<std::string>{"高新技术企业", "专精特新"});  // repeat dropped
  CHECK(reused.former_names == std::vector<std::string>{"甲钢厂", "甲钢铁"});
  CHECK(reused.capital->value == 12000);
  CHECK(reused.insured == 1200);
  CHECK(reused.listed == "已上市");
  ParseRegistryRow(*header, 3, sparse, reused);
  const RegistryRow fresh = ParseRegistryRow(*header, 3, sparse);
  CHECK(reused.row == 3);
  CHECK(reused.name == "乙公司");
  CHECK(reused.uscc.empty());
  CHECK(reused.invalid_uscc.empty());
  CHECK(reused.status == "注销");
  CHECK_FALSE(reused.capital);
  CHECK_FALSE(reused.insured);
  CHECK(reused.industry_codes.empty());
  CHECK(reused.industry_names == std::vector<std::string>{"炼钢"});
  CHECK(reused.scope.empty());
  CHECK(reused.tags.empty());
  CHECK(reused.former_names.empty());
  CHECK(reused.listed.empty());
  CHECK(reused.problem.empty());
  // And field for field as a row read afresh.
  CHECK(reused.industry_names == fresh.industry_names);
  CHECK(reused.status == fresh.status);
  CHECK(reused.founded == fresh.founded);
  // A problem is cleared by the next good row.
  ParseRegistryRow(*header, 4, {"丙", "", "存续", "很多", "", "", "", "", "", "", ""}, reused);
  CHECK(reused.problem_column == 4);
  ParseRegistryRow(*header, 5, full, reused);
  CHECK(reused.problem.empty());
  CHECK(reused.problem_column == 0);
  CHECK(reused.uscc.empty());
  CHECK(reused.invalid_uscc == "91419001MA45C00091");
}
