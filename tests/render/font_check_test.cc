#include "render/font_check.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "tests/cli/run_chainmap.h"

namespace chainmap {
namespace {

TEST_CASE("With the fonts installed, no warning") {
  // The test machine has fonts-noto-cjk (scripts/install-deps.sh).
  CHECK(MissingCjkFontWarning() == std::nullopt);
}

// Issue 19 item 9: every command that draws (the command table's `draws`: render, build)
// warns at start-up; a command that does not draw says nothing.
TEST_CASE("With no CJK font, a command that draws warns and still draws") {
  // A fontconfig configuration with no font directory at all: every glyph would be tofu.
  const auto dir = testing::MakeTempDir("no-fonts");
  std::ofstream(dir / "fonts.conf") << "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>" +
                                           (dir / "cache").string() + "</cachedir></fontconfig>\n";
  ::setenv("FONTCONFIG_FILE", (dir / "fonts.conf").c_str(), 1);
  const auto render = testing::RunChainmap(
      {"render", "docs/examples/mini", "--chain", "steel", "-o", (dir / "m.svg").string()});
  const auto build = testing::RunChainmap(
      {"build", "docs/examples/mini", "-o", (dir / "out").string(), "--maps", "png"});
  const auto validate = testing::RunChainmap({"validate", "docs/examples/mini"});
  ::unsetenv("FONTCONFIG_FILE");
  const std::string warning =
      ": warning: no font with Chinese characters is installed (fontconfig found none "
      "covering 中文): the maps' Chinese text will show as empty boxes; install Noto Sans CJK "
      "SC (Debian: apt-get install fonts-noto-cjk)\n";
  CHECK(render.exit_code == 0);
  CHECK(render.err == "chainmap render" + warning);
  CHECK(build.exit_code == 0);
  CHECK(build.err == "chainmap build" + warning);
  CHECK(std::filesystem::exists(dir / "out/maps/steel.png"));
  CHECK(validate.exit_code == 0);
  CHECK(validate.err.find("no font") == std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace chainmap
