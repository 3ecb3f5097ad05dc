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

/// The width and height of a PNG, from its IHDR chunk.
std::pair<unsigned, unsigned> PngSize(const std::string& png) {
  auto be32 = [&](std::size_t at) {
    unsigned v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(png.at(at + i));
    return v;
  };
  return {be32(16), be32(20)};
}

TEST_CASE("The slide preset gives a 16:9 page in every format, the map centred on it") {
  // A wide chain (steel) and a tall one (the overview of two chains) are padded on
  // different sides; both come out at exactly 13.333 × 7.5 in.
  const auto dir = testing::MakeTempDir("render-slide");
  for (const std::vector<std::string>& what :
       {std::vector<std::string>{"--chain", "steel"}, std::vector<std::string>{"--overview"}}) {
    for (const std::string ext : {"svg", "png", "pdf"}) {
      const auto path = dir / ("map." + ext);
      std::vector<std::string> args{"render", "docs/examples/mini"};
      args.insert(args.end(), what.begin(), what.end());
      for (const std::string a : {"--preset", "slide", "--dpi", "96", "-o"}) args.push_back(a);
      args.push_back(path.string());
      const auto r = RunChainmap(args);
      INFO(what[0] << " " << ext << ": " << r.err);
      REQUIRE(r.exit_code == 0);
      const std::string bytes = testing::Snapshot(dir)["map." + ext];
      if (ext == "svg")
        CHECK(bytes.find("<svg width=\"960pt\" height=\"540pt\"") != std::string::npos);
      if (ext == "png") CHECK(PngSize(bytes) == std::pair<unsigned, unsigned>{1280, 720});
      if (ext == "pdf") CHECK(bytes.find("/MediaBox [ 0 0 960 540 ]") != std::string::npos);
    }
  }
  // Without the preset the page takes the map's own shape.
  const auto natural = RunChainmap({"render", "docs/examples/mini", "--chain", "steel"});
  CHECK(natural.out.find("<svg width=\"960pt\"") == std::string::npos);
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
  CHECK(r.err == "chainmap render: unknown format 'gif' (formats: svg, png, pdf, dot, json)\n");
  r = RunChainmap({"render", "docs/examples/mini", "--chain", "steel", "--targets", "x"});
  CHECK(r.err == "chainmap render: --targets must be a whole number from 0 to 20, not 'x'\n");
  r = RunChainmap({"render", "docs/examples/mini", "--chain", "steel", "--stage", "top"});
  CHECK(r.err ==
        "chainmap render: unknown stage 'top' (stages: upstream, midstream, downstream)\n");
}

}  // namespace
}  // namespace chainmap
