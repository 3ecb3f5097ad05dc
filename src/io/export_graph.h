#pragma once

#include <string>
#include <variant>
#include <vector>

#include "src/model/zone.h"

namespace chainmap {

/// An attribute value as graph formats type it: text, integer, real or boolean.
using GraphValue = std::variant<std::string, long long, double, bool>;

/// A named attribute of a node, an edge or the graph.
struct GraphAttribute {
  std::string key;
  GraphValue value;
};

/// A node of the exported graph: "chain/link" for a link, the enterprise id for an
/// enterprise (ids never contain '/', so the two cannot clash).
struct GraphNode {
  std::string id;
  std::vector<GraphAttribute> attributes;
};

/// A directed edge of the exported graph.
struct GraphEdge {
  std::string source;
  std::string target;
  std::vector<GraphAttribute> attributes;
};

/// The zone as one attributed, directed graph, ready for GraphML or node-link JSON.
struct ExportGraph {
  std::vector<GraphAttribute> attributes;
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

/// What goes into the exported graph.
struct ExportOptions {
  /// Enterprise nodes and their "operates_in" edges to links (on by default).
  bool enterprises = true;
};

/// Builds the graph: link nodes in chain and link order, then enterprise nodes in zone
/// order; chain edges, then cross-chain edges, then enterprise → link edges. Attributes
/// are listed in docs/cli.md (chainmap export); an attribute without a value is left out.
ExportGraph BuildExportGraph(const Zone& zone, const ExportOptions& options = {});

}  // namespace chainmap
