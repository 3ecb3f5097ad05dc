#include "src/io/number_format.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

TEST_CASE("FormatNumber: the shortest form that reads back, no trailing .0") {
  CHECK(FormatNumber(15) == "15");
  CHECK(FormatNumber(1.52) == "1.52");
  CHECK(FormatNumber(-0.0) == "0");
  CHECK(FormatNumber(0.0001) == "0.0001");
}

TEST_CASE("FormatCount: singular for one, plural otherwise, a word for none when given") {
  CHECK(FormatCount(1, "project", "projects") == "1 project");
  CHECK(FormatCount(2, "project", "projects") == "2 projects");
  CHECK(FormatCount(0, "project", "projects") == "0 projects");
  CHECK(FormatCount(0, "warning", "warnings", "no") == "no warnings");
  CHECK(FormatCount(1, "warning", "warnings", "no") == "1 warning");
}

}  // namespace
}  // namespace chainmap
