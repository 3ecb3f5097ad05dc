#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/html_label.h"

namespace chainmap {

/// A DOT attribute value: an ID written as is (numbers, keywords), a quoted string or
/// an HTML-like label.
struct DotValue {
  static DotValue Id(std::string text) { return {std::move(text)}; }
  static DotValue Quoted(std::string_view text);
  static DotValue Html(const HtmlLabel& label) { return {"<" + label.Markup() + ">"}; }
  static DotValue Number(double value);

  std::string text;  ///< As written in the DOT file.
};

/// A list of `name=value` attributes, in order.
using DotAttributes = std::vector<std::pair<std::string, DotValue>>;

/// Writes a DOT digraph statement by statement: attributes, defaults, subgraphs, nodes
/// and edges, indented by nesting. Every value is escaped by DotValue, so names never
/// break the syntax.
class DotGraph {
 public:
  explicit DotGraph(std::string_view name);

  /// `graph [a=b, …]`: graph attributes of the current (sub)graph.
  DotGraph& Graph(const DotAttributes& attributes);
  /// `node [a=b, …]` and `edge [a=b, …]`: defaults for what follows.
  DotGraph& NodeDefaults(const DotAttributes& attributes);
  DotGraph& EdgeDefaults(const DotAttributes& attributes);
  /// `subgraph name {`; Close() ends it.
  DotGraph& Open(std::string_view subgraph);
  DotGraph& Close();
  DotGraph& Node(std::string_view name, const DotAttributes& attributes = {});
  DotGraph& Edge(std::string_view from, std::string_view to, const DotAttributes& attributes = {});
  /// `{ rank=same; a; b }`.
  DotGraph& SameRank(const std::vector<std::string>& nodes);

  /// The whole graph's text; the open subgraphs are closed.
  std::string Text() const;

 private:
  void Statement(std::string_view text);

  std::string text_;
  int depth_ = 1;
};

}  // namespace chainmap
