// The importer and label-escaping fuzz checks, run on fixed inputs in the ordinary build,
// so that the properties hold (and stay checked) without libFuzzer.
#include "tests/fuzz/import_render_checks.h"
#include "test_paths.h"

#include <catch2/catch.hpp>

#include "tests/cli/run_chainmap.h"

using namespace chainmap::fuzz;

TEST_CASE("the import fuzz check holds on the fixtures and on broken files", "[fuzz]") {
  for (const char* name : {"zh.csv", "en.csv"}) {
    const auto files = chainmap::testing::Snapshot(CHAINMAP_SOURCE_DIR "/tests/fixtures/import");
    CHECK_NOTHROW(CheckEnterpriseCsvImport(files.at(name)));
  }
  for (const char* text : {"", "企业名称\n", "name,uscc\n\"unterminated", "\xEF\xBB\xBF",
                           "\xB8\xD6,x\n", "name,link\n=cmd|' /C calc'!A0,steel/ore\n",
                           "name,link,local\nA,steel/ore,否\nA,nev/battery,是\n"})
    CHECK_NOTHROW(CheckEnterpriseCsvImport(text));
}

TEST_CASE("the label fuzz check holds on hostile names", "[fuzz]") {
  for (const char* text : {"", "<b>&amp;\"'\\N\\G</TD>", "&#92;N", "钢\n\"x\"", "\\", "&", "a&b;c",
                           "\x10\x7f<>", "很长很长很长很长很长很长很长很长的名字"})
    CHECK_NOTHROW(CheckLabelEscape(text));
}
