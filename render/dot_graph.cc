#include "render/dot_graph.h"

#include <cstdio>

#include "render/html_text.h"

namespace chainmap {
namespace {

std::string List(const DotAttributes& attributes) {
  std::string out;
  for (const auto& [name, value] : attributes)
    out += (out.empty() ? "" : ", ") + name + "=" + value.text;
  return out;
}

}  // namespace

DotValue DotValue::Quoted(std::string_view text) { return {DotQuoted(text)}; }

DotValue DotValue::Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return {buffer};
}

DotGraph::DotGraph(std::string_view name) : text_("digraph " + DotQuoted(name) + " {\n") {}

void DotGraph::Statement(std::string_view text) {
  text_.append(2 * static_cast<std::size_t>(depth_), ' ');
  text_ += text;
  text_ += '\n';
}

DotGraph& DotGraph::Graph(const DotAttributes& attributes) {
  Statement("graph [" + List(attributes) + "]");
  return *this;
}

DotGraph& DotGraph::NodeDefaults(const DotAttributes& attributes) {
  Statement("node [" + List(attributes) + "]");
  return *this;
}

DotGraph& DotGraph::EdgeDefaults(const DotAttributes& attributes) {
  Statement("edge [" + List(attributes) + "]");
  return *this;
}

DotGraph& DotGraph::Open(std::string_view subgraph) {
  Statement("subgraph " + DotQuoted(subgraph) + " {");
  ++depth_;
  return *this;
}

DotGraph& DotGraph::Close() {
  --depth_;
  Statement("}");
  return *this;
}

DotGraph& DotGraph::Node(std::string_view name, const DotAttributes& attributes) {
  std::string statement = DotQuoted(name);
  if (!attributes.empty()) statement += " [" + List(attributes) + "]";
  Statement(statement);
  return *this;
}

DotGraph& DotGraph::Edge(std::string_view from, std::string_view to,
                         const DotAttributes& attributes) {
  std::string statement = DotQuoted(from) + " -> " + DotQuoted(to);
  if (!attributes.empty()) statement += " [" + List(attributes) + "]";
  Statement(statement);
  return *this;
}

DotGraph& DotGraph::SameRank(const std::vector<std::string>& nodes) {
  std::string statement = "{ rank=same";
  for (const std::string& n : nodes) statement += "; " + DotQuoted(n);
  Statement(statement + " }");
  return *this;
}

std::string DotGraph::Text() const {
  std::string text = text_;
  for (int d = depth_; d > 1; --d) text.append(2 * static_cast<std::size_t>(d - 1), ' ') += "}\n";
  return text + "}\n";
}

}  // namespace chainmap
