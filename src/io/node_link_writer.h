#pragma once

#include <ostream>

#include "src/io/export_graph.h"

namespace chainmap {

/// Writes the graph as node-link JSON, the layout of NetworkX's node_link_data and of
/// d3: {"directed": true, "multigraph": false, "graph": {...}, "nodes": [{"id", ...}],
/// "links": [{"source", "target", ...}]}, attributes as JSON strings, numbers, booleans.
void WriteNodeLinkJson(const ExportGraph& graph, std::ostream& out);

}  // namespace chainmap
