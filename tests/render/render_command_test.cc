// chainmap render as a user runs it: the built binary on the example zone.
#include <catch2/catch.hpp>

#include "tests/cli/run_chainmap.h"
#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

using testing::RunChainmap;

TEST_CASE("render writes svg, png, pdf and dot, whole, to -o") {
  const auto dir = testing::MakeTempDir("render-cli");
  for (const std::string ext : {"svg", "png", "pdf", "dot"}) {
    const auto path = dir / ("steel." + ext);
    const auto r = RunChainmap({"render", "docs/examples/mini", "--chain", "steel", "--targets",
                                "2", "-o", path.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    const std::string bytes = testing::Snapshot(dir)["steel." + ext];
    CHECK(bytes.size() > 2000);
    if (ext == "svg") CHECK(testing::XmllintAccepts(bytes));
    if (ext == "png") CHECK(bytes.substr(1, 3) == "PNG");
    if (ext == "pdf") CHECK(bytes.substr(0, 5) == "%PDF-");
    if (ext == "dot") CHECK(bytes.substr(0, 15) == "digraph \"steel\"");
  }
  const auto overview = RunChainmap({"render", "docs/examples/mini", "--overview"});
  CHECK(overview.exit_code == 0);
  CHECK(overview.out.rfind("<?xml", 0) == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("render rejects bad usage with exit code 2") {
  auto r = RunChainmap({"render", "docs/examples/mini"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "chainmap render: give either --chain ID or --overview\n");
  r = RunChainmap({"render", "docs/examples/mini", "--chain", "stel"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "chainmap render: unknown chain 'stel' (chains: steel, equipment)\n");
  r = RunChainmap({"render", "docs/examples/mini", "--chain", "steel", "--format", "gif"});
  CHECK(r.err == "chainmap render: unknown format 'gif' (formats: svg, png, pdf, dot)\n");
  r = RunChainmap({"render", "docs/examples/mini", "--chain", "steel", "--targets", "x"});
  CHECK(r.err == "chainmap render: --targets must be a number from 0 to 20, not 'x'\n");
  r = RunChainmap({"render", "docs/examples/mini", "--chain", "steel", "--stage", "top"});
  CHECK(r.err ==
        "chainmap render: unknown stage 'top' (stages: upstream, midstream, downstream)\n");
}

}  // namespace
}  // namespace chainmap
