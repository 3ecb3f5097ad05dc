#include "src/io/chain_file_loader.h"

#include <map>
#include <optional>
#include <vector>

#include "src/io/chain_chief_fields.h"
#include "src/io/record_reader.h"
#include "src/io/zone_load_fields.h"
#include "src/io/zone_load_messages.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

/// The links of a chain file, with their index by id.
struct LinkTable {
  std::vector<Link> links;
  std::map<std::string, std::size_t> index;
  std::vector<std::string> ids;
};

/// "local_scope": {"pursued": false, "reason": "…", "source": "…"}.
void LoadLinkScope(ZoneLoad& load, const ZoneDocument& doc, const std::string& pointer,
                   LinkScope& scope) {
  RecordReader r(doc.json, doc.file, pointer, load.sink());
  if (!r.ok()) return;
  scope.pursued = r.Bool("pursued", true).value_or(true);
  scope.reason = r.String("reason", false).value_or("");
  scope.source = r.SourceField();
  scope.extra = r.Rest();
  if (scope.pursued) return;
  if (scope.reason.empty())
    r.Error("", "a link not pursued locally needs a \"reason\" (in Chinese, for the reports)");
  CheckSource(r, scope.source, "the link's local_scope");
}

LinkTable LoadLinks(ZoneLoad& load, const ZoneDocument& doc, RecordReader& r) {
  LinkTable table;
  const JsonRef items = r.Array("links", true);
  if (!items) return table;
  if (items.empty()) r.Error("links", "a chain needs at least one link");
  for (std::size_t i = 0; i < items.size(); ++i) {
    RecordReader lr(doc.json, doc.file, "/links/" + std::to_string(i), load.sink());
    if (!lr.ok()) continue;
    Link link;
    link.id = lr.Id("id", true).value_or("");
    link.name = lr.NameField("name");
    if (auto stage = lr.String("stage", true)) {
      if (auto parsed = ParseStage(*stage))
        link.stage = *parsed;
      else
        lr.Error("stage",
                 "unknown stage '" + *stage + "' (use " + std::string(StageChoices()) + ")");
    }
    link.industry_codes = lr.StringList("industry_codes");
    for (std::size_t c = 0; c < link.industry_codes.size(); ++c)
      if (!IsValidIndustryCode(link.industry_codes[c]))
        lr.ErrorAt(lr.PointerTo("industry_codes") + "/" + std::to_string(c),
                   "'" + link.industry_codes[c] +
                       "' is not a GB/T 4754-2017 code: a section letter A-T and 2 "
                       "to 4 digits, e.g. C3130");
    if (lr.Has("local_scope")) LoadLinkScope(load, doc, lr.PointerTo("local_scope"), link.scope);
    lr.Claim("local_scope");
    link.keywords = lr.StringList("keywords");
    link.note = lr.String("note", false).value_or("");
    link.source = lr.SourceField();
    link.extra = lr.Rest();
    if (link.id.empty()) continue;
    if (auto [it, fresh] = table.index.emplace(link.id, table.links.size()); !fresh) {
      lr.Error("id",
               DuplicateIdMessage("link", link.id,
                                  Where(doc, "/links/" + std::to_string(it->second) + "/id")));
      continue;
    }
    CheckSource(lr, link.source, "link '" + link.id + "'");
    table.ids.push_back(link.id);
    table.links.push_back(std::move(link));
  }
  return table;
}

/// Why `ref` names no link of chain `chain`: it names another chain's link (such an
/// edge belongs in zone.json's cross_edges), or it is unknown.
std::string UnknownEdgeEndMessage(const Zone& zone, const std::string& chain,
                                  const std::string& ref, const LinkTable& table) {
  const std::string cross =
      ": an edge between two chains goes in \"cross_edges\" in zone.json, with both ends "
      "written \"chain/link\"";
  if (const auto slash = ref.find('/'); slash != std::string::npos) {
    if (ref.substr(0, slash) == chain && table.index.count(ref.substr(slash + 1)))
      return "'" + ref + "': inside a chain file, name the link by its id alone: '" +
             ref.substr(slash + 1) + "'";
    return "'" + ref + "' is not a link of chain '" + chain + "'" + cross;
  }
  for (const Chain& other : zone.chains())
    for (const Link& link : other.links())
      if (link.id == ref)
        return "link '" + ref + "' is in chain '" + other.id + "', not in '" + chain + "'" + cross;
  return UnknownLinkMessage(ref, table.ids);
}

std::vector<Edge> LoadEdges(ZoneLoad& load, const ZoneDocument& doc, RecordReader& r,
                            const LinkTable& table, const std::string& chain) {
  std::vector<Edge> edges;
  const JsonRef items = r.Array("edges", false);
  if (!items) return edges;
  std::map<std::pair<std::size_t, std::size_t>, std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string pointer = "/edges/" + std::to_string(i);
    RecordReader er(doc.json, doc.file, pointer, load.sink());
    if (!er.ok()) continue;
    const auto resolve = [&](std::string_view key) -> std::optional<std::size_t> {
      auto ref = er.String(key, true);
      if (!ref) return std::nullopt;
      const auto it = table.index.find(*ref);
      if (it != table.index.end()) return it->second;
      er.Error(key, UnknownEdgeEndMessage(load.zone(), chain, *ref, table));
      return std::nullopt;
    };
    Edge edge;
    const auto from = resolve("from");
    const auto to = resolve("to");
    edge.note = er.String("note", false).value_or("");
    edge.source = er.SourceField();
    edge.extra = er.Rest();
    if (!from || !to) continue;
    if (*from == *to) {
      er.Error("to", SelfEdgeMessage(table.links[*from].id));
      continue;
    }
    if (auto [it, fresh] = seen.emplace(std::pair{*from, *to}, pointer); !fresh) {
      er.Error("", "repeated edge '" + table.links[*from].id + "' -> '" + table.links[*to].id +
                       "' (first at " + Where(doc, it->second) + ")");
      continue;
    }
    edge.from = *from;
    edge.to = *to;
    edges.push_back(std::move(edge));
  }
  return edges;
}

}  // namespace

void LoadChainFile(ZoneLoad& load, const std::string& id, const ZoneDocument& zone_doc,
                   const std::string& listed_at) {
  const std::string name = id + ".json";
  // Until the chain loads, references into it cannot be checked: they are counted rather
  // than reported each as an unknown chain.
  load.MarkUnloaded(id, load.Display(name));
  auto doc = load.Parse(name, false);
  if (!doc) {
    if (!load.Exists(name))
      load.sink().Add({Severity::kError, zone_doc.file, zone_doc.json.PositionOf(listed_at),
                       listed_at,
                       "chain '" + id + "' has no file '" + load.Display(name) +
                           "': create it or remove the id"});
    return;
  }
  RecordReader r(doc->json, doc->file, "", load.sink());
  if (!r.ok()) return;
  Chain chain;
  if (auto own = r.Id("id", true); own && *own != id)
    r.Error("id",
            "id '" + *own + "' does not match the file name '" + name + "': make them the same");
  chain.id = id;
  chain.name = r.NameField("name");
  chain.as_of = DateField(r, "as_of", false, load.zone().as_of);
  chain.note = r.String("note", false).value_or("");
  chain.source = r.SourceField();
  chain.chief = r.Line("chain_chief", false).value_or("");
  chain.unit = r.Line("responsible_unit", false).value_or("");
  chain.issues = IssuesField(r, doc->json, doc->file, load.sink(), load.zone().as_of);
  LinkTable table = LoadLinks(load, *doc, r);
  std::vector<Edge> edges = LoadEdges(load, *doc, r, table, id);
  chain.extra = r.Rest();
  // A chain without links stays unloaded: references into it are counted in one line,
  // not reported one by one as unknown links.
  if (table.links.empty()) return;
  load.MarkLoaded(id);
  chain.SetTopology(std::move(table.links), std::move(edges));
  load.chain_files.emplace(id, doc->file);
  load.chain_docs.emplace(id, std::move(doc));
  load.zone().AddChain(std::move(chain));
}

}  // namespace chainmap
