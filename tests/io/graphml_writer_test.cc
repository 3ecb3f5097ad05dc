#include "src/io/graphml_writer.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "src/io/node_link_writer.h"
#include "src/io/zone_loader.h"
#include "tests/cli/run_process.h"

namespace chainmap {
namespace {

using testing::RunPython;
using testing::ScratchDir;
using testing::ShellQuote;

// The mini zone (docs/examples/mini):
//
//   steel:      scrap → steelmaking → wire-rod → springs ─┐     equipment:
//                 ↑          └──→ gear-steel ══cross══════╪══→ reducer → robot → integration
//                 └──────────────────────────────────────┘
//   enterprises: mill → steelmaking, wire-rod; springco → springs; gearco → gear-steel;
//                robotco → robot, integration
// 8 links + 4 enterprises = 12 nodes; 5 + 2 chain edges, 1 cross edge, 6 operates_in = 14.

std::string Export(const ExportGraph& graph, bool graphml) {
  std::ostringstream out;
  graphml ? WriteGraphml(graph, out) : WriteNodeLinkJson(graph, out);
  return out.str();
}

// NetworkX reads the file back and prints counts and a few attributes with their types.
constexpr const char* kReadBack = R"(
import sys, json, networkx as nx
if sys.argv[2] == "graphml":
    g = nx.read_graphml(sys.argv[1])
else:
    g = nx.node_link_graph(json.load(open(sys.argv[1], encoding="utf-8")))
print(type(g).__name__, g.number_of_nodes(), g.number_of_edges())
kinds = {}
for _, _, d in g.edges(data=True):
    kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
print(sorted(kinds.items()))
w = g.nodes["steel/wire-rod"]
print(w["kind"], w["chain"], w["stage"], w["label"], w["industry_codes"], w["enterprise_count"],
      type(w["enterprise_count"]).__name__)
m = g.nodes["mill"]
print(m["kind"], m["label"], m["local"], type(m["local"]).__name__, m["role"])
print(g.edges["steel/gear-steel", "equipment/reducer"]["kind"],
      g.edges["steel/springs", "steel/scrap"]["note"])
print(g.graph.get("name"))
)";

TEST_CASE("NetworkX reads the GraphML and node-link JSON back with counts and attributes") {
  const Zone zone = LoadZoneDirectory(testing::MiniZone()).zone;
  const ExportGraph graph = BuildExportGraph(zone);
  CHECK(graph.nodes.size() == 12);
  CHECK(graph.edges.size() == 14);
  const std::string expected =
      "DiGraph 12 14\n"
      "[('chain', 7), ('cross', 1), ('operates_in', 6)]\n"
      "link steel midstream 线材 C3130 1 int\n"
      "enterprise 示例钢铁 True bool leader\n"
      "cross end-of-life springs return as scrap\n";
  ScratchDir dir;
  for (const bool graphml : {true, false}) {
    const auto path = dir.path() / (graphml ? "g.graphml" : "g.json");
    testing::WriteWholeFile(path, Export(graph, graphml));
    const auto result =
        RunPython(kReadBack, ShellQuote(path.string()) + (graphml ? " graphml" : " json"));
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    // read_graphml keeps graph data under g.graph; node_link_graph too.
    CHECK(result.out == expected + "示例园区\n");
  }
}

TEST_CASE("GraphML is valid XML with hostile text escaped") {
  ExportGraph graph;
  graph.nodes.push_back({"a/b", {{"label", std::string("<x> & \"y\" 'z'\x01")}}});
  graph.nodes.push_back({"c", {{"count", 3LL}}});
  graph.edges.push_back({"a/b", "c", {{"note", std::string("]]></data>")}}});
  const std::string text = Export(graph, true);
  CHECK(text.find("<data key=\"n_label\">&lt;x&gt; &amp; &quot;y&quot; &apos;z&apos;\xEF\xBF\xBD"
                  "</data>") != std::string::npos);
  ScratchDir dir;
  const auto path = dir.path() / "h.graphml";
  testing::WriteWholeFile(path, text);
  const auto lint = testing::RunProcess("xmllint --noout " + ShellQuote(path.string()));
  CHECK(lint.err == "");
  CHECK(lint.exit_code == 0);
  const auto back = RunPython(R"(
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(repr(g.nodes["a/b"]["label"]), g.nodes["c"]["count"], g.edges["a/b", "c"]["note"])
)",
                              ShellQuote(path.string()));
  CHECK(back.out == "'<x> & \"y\" \\'z\\'\xEF\xBF\xBD' 3 ]]></data>\n");
}

TEST_CASE("Links only: no enterprise nodes or edges") {
  const Zone zone = LoadZoneDirectory(testing::MiniZone()).zone;
  const ExportGraph graph = BuildExportGraph(zone, ExportOptions{.enterprises = false});
  CHECK(graph.nodes.size() == 8);
  CHECK(graph.edges.size() == 8);
}

}  // namespace
}  // namespace chainmap
