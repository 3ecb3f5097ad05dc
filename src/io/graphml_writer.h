#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "src/io/export_graph.h"

namespace chainmap {

/// Writes the graph as GraphML 1.0 (read by NetworkX, Gephi, yEd and igraph): one
/// <key> per attribute name and element kind, typed string, long, double or boolean,
/// declared in first-use order; a directed <graph>; nodes and edges in graph order,
/// edges with ids e0, e1, ... Text is XML-escaped (XmlEscape).
void WriteGraphml(const ExportGraph& graph, std::ostream& out);

/// Text made safe for XML 1.0 content and attribute values: & < > " ' become entities,
/// and characters XML 1.0 forbids (control characters other than tab, LF, CR) become
/// U+FFFD.
std::string XmlEscape(std::string_view text);

}  // namespace chainmap
