#include "src/cli/args.h"

#include <catch2/catch.hpp>

#include <functional>

namespace chainmap {
namespace {

std::string UsageMessage(const std::function<void()>& f) {
  try {
    f();
  } catch (const UsageError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_CASE("Args::Integer: a whole number in range, one wording for every command") {
  const Args args("render", {"--dpi", "300", "--targets", "0", "--part", "x", "--jobs", "-1"},
                  {{"--dpi", true, ""},
                   {"--targets", true, ""},
                   {"--part", true, ""},
                   {"--jobs", true, ""},
                   {"--top", true, ""}});
  CHECK(args.Integer("--dpi", 120, 1, 1200) == 300);
  CHECK(args.Integer("--targets", 3, 0, 20) == 0);
  CHECK(args.Integer("--top", 3, 0, 9) == 3);  // not given: the default
  CHECK(UsageMessage([&] { args.Integer("--part", 1, 1, 9); }) ==
        "chainmap render: --part must be a whole number from 1 to 9, not 'x'");
  CHECK(UsageMessage([&] { args.Integer("--jobs", 1, 1, 64); }) ==
        "chainmap render: --jobs must be a whole number from 1 to 64, not '-1'");
  CHECK(UsageMessage([&] { args.Integer("--dpi", 120, 1, 200); }) ==
        "chainmap render: --dpi must be a whole number from 1 to 200, not '300'");
  const Args zero("build", {"--dpi", "0"}, {{"--dpi", true, ""}});
  CHECK(UsageMessage([&] { zero.Integer("--dpi", 120, 1, 1200); }) ==
        "chainmap build: --dpi must be a whole number from 1 to 1200, not '0'");
  const Args spaced("build", {"--dpi", "12 "}, {{"--dpi", true, ""}});
  CHECK_THROWS_AS(spaced.Integer("--dpi", 120, 1, 1200), UsageError);
}

TEST_CASE("Args::Decimal, Choice and ProjectStageValue") {
  const Args args("extract",
                  {"--min-confidence", "0.5", "--wait", "nan", "--format", "xml", "--assume-stage",
                   "soon", "--by", "candidate"},
                  {{"--min-confidence", true, ""},
                   {"--wait", true, ""},
                   {"--format", true, ""},
                   {"--assume-stage", true, ""},
                   {"--by", true, ""}});
  CHECK(args.Decimal("--min-confidence", 0.7, 0, 1) == 0.5);
  CHECK(UsageMessage([&] { args.Decimal("--wait", 30, 0, 3600); }) ==
        "chainmap extract: --wait must be a number from 0 to 3600, not 'nan'");
  CHECK(args.Choice("--by", "link", {"link", "candidate"}) == "candidate");
  CHECK(UsageMessage([&] {
          args.Choice("--format", "text", {"text", "json"});
        }) == "chainmap extract: --format must be one of text, json, not 'xml'");
  CHECK(UsageMessage([&] { args.ProjectStageValue("--assume-stage"); }) ==
        "chainmap extract: unknown project stage 'soon' (stages: planned, negotiating, signed, "
        "construction, operating)");
  const Args none("deck", {}, {{"--assume-stage", true, ""}});
  CHECK_FALSE(none.ProjectStageValue("--assume-stage").has_value());
}

}  // namespace
}  // namespace chainmap
