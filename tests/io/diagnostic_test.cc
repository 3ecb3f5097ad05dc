#include "src/io/diagnostic.h"

#include <catch2/catch.hpp>

using namespace chainmap;

TEST_CASE("text a terminal would act on is shown escaped", "[io][diagnostic]") {
  CHECK(ShowEscaped("a\x1b[2Jb") == "a\\x1b[2Jb");
  CHECK(ShowEscaped(std::string("nul\0end", 7)) == "nul\\x00end");
  CHECK(ShowEscaped("del\x7f") == "del\\x7f");
  CHECK(ShowEscaped("c1 \xC2\x9B"
                    "31m") == "c1 \\u009b31m");  // CSI as one character
  CHECK(ShowEscaped("rtl \xE2\x80\xAE"
                    "txt") == "rtl \\u202etxt");  // right-to-left override
  CHECK(ShowEscaped("bad \xFF") == "bad \\xff");
  CHECK(ShowEscaped("钢铁 ok") == "钢铁 ok");
  CHECK(FormatDiagnostic({Severity::kError, "z/\x1b.json", {2, 3}, "/id", "bad \x07"}) ==
        "z/\\x1b.json:2:3: /id: bad \\x07");
}

TEST_CASE("warnings and notes are capped, a broken file takes back its findings",
          "[io][diagnostic]") {
  DiagnosticSink sink;
  for (std::size_t i = 0; i < DiagnosticSink::kMaxOthers + 5; ++i)
    sink.Add({Severity::kWarning, "f", {}, "", "w" + std::to_string(i)});
  CHECK_FALSE(sink.Keeps(Severity::kWarning));
  CHECK(sink.Keeps(Severity::kError));
  const DiagnosticSink::Mark mark = sink.mark();
  sink.Add({Severity::kError, "f", {}, "", "taken back"});
  sink.Rollback(mark);
  CHECK(sink.error_count() == 0);
  const auto others = sink.TakeOthers();
  REQUIRE(others.size() == DiagnosticSink::kMaxOthers + 1);
  CHECK(others.back().message == "5 more warnings and notes not shown: fix these and run again");
}
