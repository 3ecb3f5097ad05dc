// Issue 19 item 3: amounts the sums of which would overflow are refused at load, with the
// field's place; and no list can hold a number that is not finite.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <sstream>

#include "src/io/table.h"
#include "src/io/table_csv.h"
#include "tests/io/zone_fixture.h"

using namespace chainmap;
using namespace chainmap::testing;

TEST_CASE("an investment above 1e5 亿元 is refused at load", "[io][loader][bounds]") {
  CHECK(ErrorsWith("projects.json", "\"investment\": 5", "\"investment\": 1e308") ==
        "z/projects.json:4:20: /projects/0/investment: 1e+308 is more than 100000, the most a "
        "project can cost in 亿元 (10 万亿元; the largest cost a few thousand 亿元): is the "
        "figure in 元 or 万元? Give it in 亿元");
  // The bound itself is accepted.
  CHECK(ErrorsWith("projects.json", "\"investment\": 5", "\"investment\": 100000") == "");
}

TEST_CASE("a target weight above 1000 is refused at load", "[io][loader][bounds]") {
  CHECK(ErrorsWith("zone.json", "\"strong_min_scale\": 2",
                   "\"strong_min_scale\": 2, \"target_weights\": {\"gap\": 1e308}") ==
        "z/zone.json:10:65: /settings/target_weights/gap: 1e+308 is more than 1000, the most a "
        "weight may be (the defaults sum to 100): scale the weights down");
}

TEST_CASE("a list refuses a number that is not finite rather than write inf",
          "[io][table][bounds]") {
  Table table{"t", "清单", {{"投资(亿元)", ColumnType::kNumber, 10}}, {}};
  table.AddRow({std::numeric_limits<double>::infinity()});
  std::ostringstream csv;
  CHECK_THROWS_WITH(WriteCsv(table, csv),
                    "a list cell holds inf: a sum overflowed or a bound on the input is missing");
  CHECK(csv.str().find("inf") == std::string::npos);
}
