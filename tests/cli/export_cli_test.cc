// chainmap export: formats, -o, and the DOT format that is not there yet.
#include <catch2/catch.hpp>

#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::RunChainmap;
using testing::ScratchDir;
using testing::ShellQuote;

TEST_CASE("export: GraphML to a file, read back by NetworkX") {
  ScratchDir out;
  const auto file = out.path() / "mini.graphml";
  const std::string zone = ShellQuote(testing::MiniZone().string());
  const auto result = RunChainmap("export " + zone + " -o " + ShellQuote(file.string()));
  CHECK(result.exit_code == 0);
  CHECK(result.out == "");
  const auto counts = testing::RunPython(R"(
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges())
)",
                                         ShellQuote(file.string()));
  CHECK(counts.out == "12 14\n");
  // Standard output gives the same bytes as the file.
  CHECK(RunChainmap("export " + zone).out == testing::ReadWholeFile(file));
  const auto links_only = RunChainmap("export " + zone + " --format json --links-only");
  CHECK(links_only.exit_code == 0);
  CHECK(links_only.out.find("\"kind\": \"enterprise\"") == std::string::npos);
  CHECK(links_only.out.find("\"id\": \"steel/wire-rod\"") != std::string::npos);
}

TEST_CASE("export: --format dot is not available yet, unknown formats are usage errors") {
  const std::string zone = ShellQuote(testing::MiniZone().string());
  const auto dot = RunChainmap("export " + zone + " --format dot");
  CHECK(dot.exit_code == 2);
  CHECK(dot.err ==
        "chainmap export: --format dot is not available yet (it comes with the map "
        "renderer); use graphml or json\n");
  const auto gexf = RunChainmap("export " + zone + " --format gexf");
  CHECK(gexf.exit_code == 2);
  CHECK(gexf.err == "chainmap export: unknown format 'gexf' (formats: graphml, json)\n");
}

}  // namespace
}  // namespace chainmap
