#include "render/html_label.h"

#include <catch2/catch.hpp>

#include "render/dot_graph.h"

namespace chainmap {
namespace {

TEST_CASE("An HTML label escapes text and attribute values once") {
  HtmlLabel table = Table(0, 0, 0, 2);
  table.Add(Row(HtmlLabel::Font("<b>&\"'\\N", {10, "#1F2933", true}), {{"ALIGN", "LEFT"}}));
  table.Add(HtmlLabel("BR", {{"ALIGN", "LEFT"}}));
  CHECK(table.Markup() ==
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD "
        "ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#1F2933\"><B>&lt;b&gt;&amp;&quot;&#39;"
        "\\\\N</B></FONT></TD></TR><BR ALIGN=\"LEFT\"/></TABLE>");
}

TEST_CASE("A DOT graph quotes names and values and nests subgraphs") {
  DotGraph dot("a \"b\"");
  dot.Graph({{"rankdir", DotValue::Id("LR")}});
  dot.Open("cluster_x").Node("n0", {{"label", DotValue::Html(HtmlLabel::Text("x<y"))}}).Close();
  dot.Edge("n0", "n1", {{"style", DotValue::Id("dashed")}});
  CHECK(dot.Text() ==
        "digraph \"a \\\"b\\\"\" {\n"
        "  graph [rankdir=LR]\n"
        "  subgraph \"cluster_x\" {\n"
        "    \"n0\" [label=<x&lt;y>]\n"
        "  }\n"
        "  \"n0\" -> \"n1\" [style=dashed]\n"
        "}\n");
}

}  // namespace
}  // namespace chainmap
