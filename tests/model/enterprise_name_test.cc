#include "src/model/enterprise_name.h"

#include <catch2/catch.hpp>

using namespace chainmap;

TEST_CASE("enterprise names: legal forms, bracketed places and 集团 set aside", "[model][names]") {
  const std::vector<std::string> places = {"河南省", "济源市"};
  const auto n = [&](std::string_view name) { return NormalizeEnterpriseName(name, places); };
  CHECK(n("富联科技（济源）有限公司") == "富联科技");
  CHECK(n("富联科技") == "富联科技");
  CHECK(n("河南济源钢铁（集团）有限公司") == "济源钢铁");
  CHECK(n("济源钢铁") == "济源钢铁");  // too short to lose its place name
  CHECK(n("中原特钢股份有限公司") == "中原特钢");
  CHECK(n("济源优克电子有限公司") == "优克电子");
  CHECK(n("浙江美力科技股份有限公司") == "美力科技");
  CHECK(n("比亚迪股份有限公司") == "比亚迪");
  CHECK(n("南京埃斯顿自动化股份有限公司") == "南京埃斯顿自动化");  // 南京 is no province
}
