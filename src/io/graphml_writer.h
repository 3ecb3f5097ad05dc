#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "src/io/export_graph.h"
#include "src/io/xml_escape.h"

namespace chainmap {

/// Writes the graph as GraphML 1.0 (read by NetworkX, Gephi, yEd and igraph): one
/// <key> per attribute name and element kind, typed string, long, double or boolean,
/// declared in first-use order; a directed <graph>; nodes and edges in graph order,
/// edges with ids e0, e1, ... Text is XML-escaped (XmlEscape).
void WriteGraphml(const ExportGraph& graph, std::ostream& out);

}  // namespace chainmap
