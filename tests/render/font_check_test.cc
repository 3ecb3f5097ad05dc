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

TEST_CASE("With no CJK font, a command that draws warns and still draws") {
  // A fontconfig configuration with no font directory at all: every glyph would be tofu.
  const auto dir = testing::MakeTempDir("no-fonts");
  std::ofstream(dir / "fonts.conf") << "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>" +
                                           (dir / "cache").string() + "</cachedir></fontconfig>\n";
  ::setenv("FONTCONFIG_FILE", (dir / "fonts.conf").c_str(), 1);
  const auto r = testing::RunChainmap(
      {"render", "docs/examples/mini", "--chain", "steel", "-o", (dir / "m.svg").string()});
  ::unsetenv("FONTCONFIG_FILE");
  CHECK(r.exit_code == 0);
  CHECK(r.err ==
        "chainmap render: warning: no font with Chinese characters is installed (fontconfig "
        "found none covering 中文): the maps' Chinese text will show as empty boxes; install "
        "Noto Sans CJK SC (Debian: apt-get install fonts-noto-cjk)\n");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace chainmap
