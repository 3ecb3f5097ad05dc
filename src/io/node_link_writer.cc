#include "src/io/node_link_writer.h"

#include "src/io/json_writer.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

void Put(Json& object, const std::vector<GraphAttribute>& attributes) {
  for (const GraphAttribute& a : attributes)
    std::visit([&](const auto& value) { object[a.key] = value; }, a.value);
}

}  // namespace

void WriteNodeLinkJson(const ExportGraph& graph, std::ostream& out) {
  Json doc = Json::object();
  doc["directed"] = true;
  doc["multigraph"] = false;
  doc["graph"] = Json::object();
  Put(doc["graph"], graph.attributes);
  doc["nodes"] = Json::array();
  for (const GraphNode& n : graph.nodes) {
    Json node = {{"id", n.id}};
    Put(node, n.attributes);
    doc["nodes"].push_back(std::move(node));
  }
  doc["links"] = Json::array();
  for (const GraphEdge& e : graph.edges) {
    Json link = {{"source", e.source}, {"target", e.target}};
    Put(link, e.attributes);
    doc["links"].push_back(std::move(link));
  }
  out << WriteJson(doc);
}

}  // namespace chainmap
