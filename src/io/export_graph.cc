#include "src/io/export_graph.h"

#include <set>

namespace chainmap {
namespace {

void AddText(std::vector<GraphAttribute>& out, const std::string& key, const std::string& value) {
  if (!value.empty()) out.push_back({key, value});
}

std::string Join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

GraphNode LinkNode(const Zone& zone, LinkKey key, const std::vector<std::size_t>& enterprises,
                   std::size_t project_count) {
  const Chain& chain = zone.chains()[key.chain];
  const Link& link = zone.link(key);
  long long local = 0;
  for (std::size_t e : enterprises) local += zone.enterprises()[e].local;
  GraphNode node{zone.QualifiedId(key), {}};
  auto& a = node.attributes;
  a.push_back({"kind", std::string("link")});
  a.push_back({"label", link.name.zh});
  a.push_back({"chain", chain.id});
  a.push_back({"chain_name", chain.name.zh});
  a.push_back({"link", link.id});
  AddText(a, "name_zh", link.name.zh);
  AddText(a, "name_en", link.name.en);
  a.push_back({"stage", std::string(ToString(link.stage))});
  a.push_back({"stage_zh", std::string(ChineseLabel(link.stage))});
  AddText(a, "industry_codes", Join(link.industry_codes, ","));
  a.push_back({"enterprise_count", static_cast<long long>(enterprises.size())});
  a.push_back({"local_count", local});
  a.push_back({"candidate_count", static_cast<long long>(enterprises.size()) - local});
  a.push_back({"project_count", static_cast<long long>(project_count)});
  return node;
}

GraphNode EnterpriseNode(const Enterprise& e) {
  GraphNode node{e.id, {}};
  auto& a = node.attributes;
  a.push_back({"kind", std::string("enterprise")});
  a.push_back({"label", e.DisplayName()});
  AddText(a, "name", e.name);
  AddText(a, "short_name", e.short_name);
  a.push_back({"local", e.local});
  AddText(a, "role", std::string(ToString(e.role)));
  AddText(a, "tags", Join(e.tags, "、"));
  AddText(a, "region", e.region);
  AddText(a, "uscc", e.uscc);
  if (e.revenue && e.revenue->unit == "亿元") a.push_back({"revenue", e.revenue->value});
  if (e.revenue && e.revenue->unit == "万元") a.push_back({"revenue", e.revenue->value / 10000});
  return node;
}

}  // namespace

ExportGraph BuildExportGraph(const Zone& zone, const ExportOptions& options) {
  ExportGraph graph;
  graph.attributes.push_back({"zone", zone.id});
  graph.attributes.push_back({"name", zone.name.zh});
  graph.attributes.push_back({"as_of", zone.as_of});

  const auto enterprises_by_link = zone.EnterprisesByLink();
  const auto projects_by_link = zone.ProjectsByLink();
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    for (std::size_t l = 0; l < zone.chains()[c].links().size(); ++l)
      graph.nodes.push_back(
          LinkNode(zone, {c, l}, enterprises_by_link[c][l], projects_by_link[c][l].size()));

  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    for (const Edge& e : chain.edges()) {
      GraphEdge edge{zone.QualifiedId({c, e.from}), zone.QualifiedId({c, e.to}), {}};
      edge.attributes.push_back({"kind", std::string("chain")});
      edge.attributes.push_back({"chain", chain.id});
      AddText(edge.attributes, "note", e.note);
      graph.edges.push_back(std::move(edge));
    }
  }
  for (const CrossEdge& e : zone.cross_edges) {
    GraphEdge edge{zone.QualifiedId(e.from), zone.QualifiedId(e.to), {}};
    edge.attributes.push_back({"kind", std::string("cross")});
    AddText(edge.attributes, "note", e.note);
    graph.edges.push_back(std::move(edge));
  }
  if (!options.enterprises) return graph;
  for (const Enterprise& e : zone.enterprises()) {
    graph.nodes.push_back(EnterpriseNode(e));
    std::set<LinkKey> seen;
    for (const LinkKey& key : e.links) {
      if (!seen.insert(key).second) continue;
      graph.edges.push_back({e.id, zone.QualifiedId(key), {{"kind", std::string("operates_in")}}});
    }
  }
  return graph;
}

}  // namespace chainmap
