#include "src/io/graphml_writer.h"

#include "src/io/xml_escape.h"

#include <map>
#include <stdexcept>

#include "src/io/table.h"

namespace chainmap {
namespace {

std::string_view TypeName(const GraphValue& value) {
  switch (value.index()) {
    case 0:
      return "string";
    case 1:
      return "long";
    case 2:
      return "double";
    default:
      return "boolean";
  }
}

std::string ValueText(const GraphValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return XmlEscape(*text);
  if (const auto* integer = std::get_if<long long>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return FormatNumber(*real);
  return std::get<bool>(value) ? "true" : "false";
}

/// The <key> declarations of one element kind: name → (key id, type), in first-use order.
class KeyTable {
 public:
  KeyTable(std::string_view domain, std::string_view prefix) : domain_(domain), prefix_(prefix) {}

  void Use(const GraphAttribute& attribute) {
    const auto [it, fresh] = types_.emplace(attribute.key, TypeName(attribute.value));
    if (fresh) order_.push_back(attribute.key);
    if (it->second != TypeName(attribute.value))
      throw std::logic_error("graph attribute '" + attribute.key + "' has two types");
  }
  std::string Id(const std::string& key) const { return std::string(prefix_) + key; }

  void Declare(std::ostream& out) const {
    for (const std::string& key : order_)
      out << "  <key id=\"" << XmlEscape(Id(key)) << "\" for=\"" << domain_ << "\" attr.name=\""
          << XmlEscape(key) << "\" attr.type=\"" << types_.at(key) << "\"/>\n";
  }

 private:
  std::string_view domain_;
  std::string_view prefix_;
  std::map<std::string, std::string_view> types_;
  std::vector<std::string> order_;
};

void WriteData(std::ostream& out, const KeyTable& keys, const std::vector<GraphAttribute>& list,
               std::string_view indent) {
  for (const GraphAttribute& a : list)
    out << indent << "<data key=\"" << XmlEscape(keys.Id(a.key)) << "\">" << ValueText(a.value)
        << "</data>\n";
}

}  // namespace

void WriteGraphml(const ExportGraph& graph, std::ostream& out) {
  KeyTable graph_keys("graph", "g_"), node_keys("node", "n_"), edge_keys("edge", "e_");
  for (const auto& a : graph.attributes) graph_keys.Use(a);
  for (const auto& n : graph.nodes)
    for (const auto& a : n.attributes) node_keys.Use(a);
  for (const auto& e : graph.edges)
    for (const auto& a : e.attributes) edge_keys.Use(a);

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  graph_keys.Declare(out);
  node_keys.Declare(out);
  edge_keys.Declare(out);
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  WriteData(out, graph_keys, graph.attributes, "    ");
  for (const GraphNode& n : graph.nodes) {
    out << "    <node id=\"" << XmlEscape(n.id) << "\">\n";
    WriteData(out, node_keys, n.attributes, "      ");
    out << "    </node>\n";
  }
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const GraphEdge& e = graph.edges[i];
    out << "    <edge id=\"e" << i << "\" source=\"" << XmlEscape(e.source) << "\" target=\""
        << XmlEscape(e.target) << "\">\n";
    WriteData(out, edge_keys, e.attributes, "      ");
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace chainmap
