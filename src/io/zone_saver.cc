#include "src/io/zone_saver.h"

#include <cmath>
#include <vector>

#include "src/io/json_writer.h"
#include "src/io/zone_files.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

/// Whole numbers are written without a fraction (5, not 5.0).
Json Number(double value) {
  if (std::floor(value) == value && std::fabs(value) < 1e15)
    return static_cast<std::int64_t>(value);
  return value;
}

void PutString(Json& out, const char* key, const std::string& value) {
  if (!value.empty()) out[key] = value;
}

void PutNames(Json& out, const char* key, const Names& names) {
  Json n = Json::object();
  n["zh"] = names.zh;
  PutString(n, "en", names.en);
  out[key] = n;
}

void PutSource(Json& out, const Sources& source) {
  if (source.size() == 1) out["source"] = source.front();
  if (source.size() > 1) out["source"] = source;
}

void PutStrings(Json& out, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) out[key] = values;
}

/// Unknown fields after the known ones, sorted by key.
void PutExtra(Json& out, const Extra& extra) {
  const Json& fields = extra.json();
  std::vector<std::string> keys;
  for (const auto& [key, value] : fields.items()) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  for (const std::string& key : keys) out[key] = fields.at(key);
}

std::string Dump(const Json& json) { return WriteJson(json); }

std::vector<std::string> QualifiedIds(const Zone& zone, const std::vector<LinkKey>& keys) {
  std::vector<std::string> out;
  out.reserve(keys.size());
  for (const LinkKey& key : keys) out.push_back(zone.QualifiedId(key));
  return out;
}

Json SaveZoneRecord(const Zone& zone) {
  Json out = Json::object();
  out["format"] = std::string(kFormatVersion);
  out["id"] = zone.id;
  PutNames(out, "name", zone.name);
  out["as_of"] = zone.as_of;
  if (!zone.region.province.empty()) {
    Json region = Json::object();
    region["province"] = zone.region.province;
    PutString(region, "city", zone.region.city);
    PutStrings(region, "counties", zone.region.counties);
    out["region"] = region;
  }
  PutString(out, "note", zone.note);
  PutSource(out, zone.source);
  if (!zone.documents.empty()) {
    // A title alone stays a string, as it was written; with a date, an object.
    Json documents = Json::object();
    for (const Document& d : zone.documents)
      documents[d.file] =
          d.date.empty() ? Json(d.title) : Json{{"title", d.title}, {"date", d.date}};
    out["documents"] = documents;
  }
  Json chains = Json::array();
  for (const Chain& chain : zone.chains()) chains.push_back(chain.id);
  out["chains"] = chains;
  if (!zone.cross_edges.empty()) {
    Json edges = Json::array();
    for (const CrossEdge& e : zone.cross_edges) {
      Json edge = Json::object();
      edge["from"] = zone.QualifiedId(e.from);
      edge["to"] = zone.QualifiedId(e.to);
      PutString(edge, "note", e.note);
      PutSource(edge, e.source);
      PutExtra(edge, e.extra);
      edges.push_back(edge);
    }
    out["cross_edges"] = edges;
  }
  const Settings defaults;
  Json settings = Json::object();
  settings["strong_min_scale"] = zone.settings.strong_min_scale;
  settings["filling_stage"] = std::string(ToString(zone.settings.filling_stage));
  if (zone.settings.weak_credit != defaults.weak_credit)
    settings["weak_credit"] = Number(zone.settings.weak_credit);
  if (zone.settings.filling_credit != defaults.filling_credit)
    settings["filling_credit"] = Number(zone.settings.filling_credit);
  if (zone.settings.chokepoint_min_dominated != defaults.chokepoint_min_dominated)
    settings["chokepoint_min_dominated"] = zone.settings.chokepoint_min_dominated;
  if (zone.settings.target_weights != defaults.target_weights) {
    const TargetWeights& w = zone.settings.target_weights;
    settings["target_weights"] = {{"gap", Number(w.gap)},
                                  {"named", Number(w.named)},
                                  {"distance", Number(w.distance)},
                                  {"scale", Number(w.scale)},
                                  {"relatedness", Number(w.relatedness)},
                                  {"ties", Number(w.ties)}};
  }
  PutExtra(settings, zone.settings.extra);
  out["settings"] = settings;
  if (!zone.clusters.empty()) {
    Json clusters = Json::array();
    for (const Cluster& c : zone.clusters) {
      Json cluster = Json::object();
      cluster["id"] = c.id;
      PutNames(cluster, "name", c.name);
      PutString(cluster, "note", c.note);
      PutSource(cluster, c.source);
      PutExtra(cluster, c.extra);
      clusters.push_back(cluster);
    }
    out["clusters"] = clusters;
  }
  if (!zone.facts.empty()) {
    Json facts = Json::array();
    for (const Fact& f : zone.facts) {
      Json fact = Json::object();
      fact["id"] = f.id;
      fact["text"] = f.text;
      if (f.value) fact["value"] = Number(*f.value);
      PutString(fact, "unit", f.unit);
      if (f.chain) fact["chain"] = zone.chains()[*f.chain].id;
      if (f.stage) fact["stage"] = std::string(ToString(*f.stage));
      PutString(fact, "measure", f.measure);
      if (f.kind) fact["kind"] = std::string(ToString(*f.kind));
      if (f.year) fact["year"] = *f.year;
      if (f.project_count) fact["project_count"] = *f.project_count;
      PutString(fact, "note", f.note);
      PutSource(fact, f.source);
      PutExtra(fact, f.extra);
      facts.push_back(fact);
    }
    out["facts"] = facts;
  }
  PutExtra(out, zone.extra);
  return out;
}

Json SaveChain(const Chain& chain) {
  Json out = Json::object();
  out["id"] = chain.id;
  PutNames(out, "name", chain.name);
  PutString(out, "as_of", chain.as_of);
  PutString(out, "note", chain.note);
  PutSource(out, chain.source);
  PutString(out, "chain_chief", chain.chief);
  PutString(out, "responsible_unit", chain.unit);
  if (!chain.issues.empty()) {
    Json issues = Json::array();
    for (const ChainIssue& i : chain.issues) {
      Json issue = Json::object();
      issue["text"] = i.text;
      PutString(issue, "as_of", i.as_of);
      PutSource(issue, i.source);
      PutExtra(issue, i.extra);
      issues.push_back(issue);
    }
    out["issues"] = issues;
  }
  Json links = Json::array();
  for (const Link& l : chain.links()) {
    Json link = Json::object();
    link["id"] = l.id;
    PutNames(link, "name", l.name);
    link["stage"] = std::string(ToString(l.stage));
    PutStrings(link, "industry_codes", l.industry_codes);
    PutStrings(link, "keywords", l.keywords);
    if (l.scope != LinkScope{}) {
      Json scope = Json::object();
      scope["pursued"] = l.scope.pursued;
      PutString(scope, "reason", l.scope.reason);
      PutSource(scope, l.scope.source);
      PutExtra(scope, l.scope.extra);
      link["local_scope"] = scope;
    }
    PutString(link, "note", l.note);
    PutSource(link, l.source);
    PutExtra(link, l.extra);
    links.push_back(link);
  }
  out["links"] = links;
  Json edges = Json::array();
  for (const Edge& e : chain.edges()) {
    Json edge = Json::object();
    edge["from"] = chain.links()[e.from].id;
    edge["to"] = chain.links()[e.to].id;
    PutString(edge, "note", e.note);
    PutSource(edge, e.source);
    PutExtra(edge, e.extra);
    edges.push_back(edge);
  }
  out["edges"] = edges;
  PutExtra(out, chain.extra);
  return out;
}

/// A figure with its unit, year and source (revenue, registered capital).
Json SaveAmount(const Revenue& amount) {
  Json out = Json::object();
  out["value"] = Number(amount.value);
  out["unit"] = amount.unit;
  if (amount.year) out["year"] = *amount.year;
  PutSource(out, amount.source);
  PutExtra(out, amount.extra);
  return out;
}

Json SaveEnterprise(const Zone& zone, const Enterprise& e) {
  Json out = Json::object();
  out["id"] = e.id;
  out["name"] = e.name;
  PutString(out, "short_name", e.short_name);
  out["local"] = e.local;
  if (e.role != Role::kNone) out["role"] = std::string(ToString(e.role));
  PutString(out, "uscc", e.uscc);
  PutStrings(out, "tags", e.tags);
  PutStrings(out, "links", QualifiedIds(zone, e.links));
  if (e.revenue) out["revenue"] = SaveAmount(*e.revenue);
  PutString(out, "region", e.region);
  if (e.registered_capital) out["registered_capital"] = SaveAmount(*e.registered_capital);
  if (e.insured) out["insured"] = *e.insured;
  PutStrings(out, "former_names", e.former_names);
  if (!e.ties.empty()) {
    Json ties = Json::array();
    for (const Tie& t : e.ties) {
      Json tie = Json::object();
      tie["enterprise"] = t.enterprise;
      tie["kind"] = std::string(ToString(t.kind));
      PutString(tie, "note", t.note);
      PutSource(tie, t.source);
      PutExtra(tie, t.extra);
      ties.push_back(tie);
    }
    out["ties"] = ties;
  }
  if (e.contact) {
    Json contact = Json::object();
    contact["status"] = std::string(ToString(e.contact->status));
    PutString(contact, "date", e.contact->date);
    PutString(contact, "note", e.contact->note);
    PutSource(contact, e.contact->source);
    PutExtra(contact, e.contact->extra);
    out["contact"] = contact;
  }
  PutString(out, "note", e.note);
  PutSource(out, e.source);
  PutExtra(out, e.extra);
  return out;
}

Json SaveProject(const Zone& zone, const Project& p) {
  Json out = Json::object();
  out["id"] = p.id;
  out["name"] = p.name;
  if (p.enterprise) out["enterprise"] = zone.enterprises()[*p.enterprise].id;
  if (!p.partners.empty()) {
    Json partners = Json::array();
    for (std::size_t e : p.partners) partners.push_back(zone.enterprises()[e].id);
    out["partners"] = partners;
  }
  PutStrings(out, "links", QualifiedIds(zone, p.links));
  if (p.cluster) out["cluster"] = zone.clusters[*p.cluster].id;
  if (p.investment) out["investment"] = Number(*p.investment);
  out["stage"] = std::string(ToString(p.stage));
  PutString(out, "as_of", p.as_of);
  PutString(out, "target", p.target);
  if (!p.history.empty()) {
    Json history = Json::array();
    for (const StageRecord& h : p.history) {
      Json record = Json::object();
      record["stage"] = std::string(ToString(h.stage));
      PutString(record, "as_of", h.as_of);
      PutString(record, "note", h.note);
      PutSource(record, h.source);
      PutExtra(record, h.extra);
      history.push_back(record);
    }
    out["history"] = history;
  }
  PutString(out, "note", p.note);
  PutSource(out, p.source);
  PutExtra(out, p.extra);
  return out;
}

Json RecordFile(const Zone& zone, const std::string& name, const char* key, Json records) {
  Json out = Json::object();
  out[key] = std::move(records);
  if (const auto it = zone.file_extra.find(name); it != zone.file_extra.end())
    PutExtra(out, it->second);
  return out;
}

/// RecordFile(...) as Dump writes it, each record's tree built, written and dropped in
/// turn: the file's records are never one tree (a zone of a million candidates).
template <typename T, typename Save>
std::string WriteRecordFile(const Zone& zone, const std::string& name, const char* key,
                            const std::vector<const T*>& records, const Save& save) {
  const Json frame = RecordFile(zone, name, key, Json::array());
  if (records.empty()) return Dump(frame);
  // The frame is an object holding an array, so Dump writes it over several lines; the
  // array of records (objects) too, one record at four spaces each.
  std::string out = "{";
  bool first = true;
  for (const auto& [member, value] : frame.items()) {
    out += first ? "\n" : ",\n";
    first = false;
    const std::string prefix = "  " + Json(member).dump(-1, ' ', false) + ": ";
    out += prefix;
    if (member != key) {
      WriteJsonAt(value, 2, JsonDisplayWidth(prefix), out);
      continue;
    }
    out += '[';
    for (std::size_t i = 0; i < records.size(); ++i) {
      out += i ? ",\n    " : "\n    ";
      WriteJsonAt(save(records[i]), 4, 4, out);
    }
    out += "\n  ]";
  }
  return out + "\n}\n";
}

}  // namespace

std::map<std::string, std::string> SaveZone(const Zone& zone) {
  std::map<std::string, std::string> files;
  files[std::string(kZoneFile)] = Dump(SaveZoneRecord(zone));
  for (const Chain& chain : zone.chains()) files[chain.id + ".json"] = Dump(SaveChain(chain));
  std::vector<const Enterprise*> local, external;
  for (const Enterprise& e : zone.enterprises()) (e.local ? local : external).push_back(&e);
  const auto save = [&](const Enterprise* e) { return SaveEnterprise(zone, *e); };
  const std::string enterprises(kEnterprisesFile), candidates(kCandidatesFile),
      projects(kProjectsFile);
  files[enterprises] = WriteRecordFile(zone, enterprises, "enterprises", local, save);
  if (!external.empty() || zone.file_extra.count(candidates))
    files[candidates] = WriteRecordFile(zone, candidates, "enterprises", external, save);
  if (!zone.projects().empty() || zone.file_extra.count(projects)) {
    std::vector<const Project*> items;
    for (const Project& p : zone.projects()) items.push_back(&p);
    files[projects] = WriteRecordFile(zone, projects, "projects", items,
                                      [&](const Project* p) { return SaveProject(zone, *p); });
  }
  return files;
}

std::string EmptyRecordFile(const std::string& file_name) {
  Json out = Json::object();
  out[file_name == kProjectsFile ? "projects" : "enterprises"] = Json::array();
  return Dump(out);
}

}  // namespace chainmap
