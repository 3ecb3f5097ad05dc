#include "src/io/zone_file_loader.h"

#include <map>

#include "src/io/zone_files.h"
#include "src/io/zone_load_fields.h"
#include "src/io/zone_load_messages.h"
#include "src/io/zone_load_references.h"

namespace chainmap {

using Json = nlohmann::ordered_json;

bool ZoneFileLoader::LoadHeader(std::vector<ListedChain>& chains) {
  doc_ = load_.Parse(std::string(kZoneFile), true);
  if (!doc_) return false;
  reader_.emplace(doc_->json, doc_->file, "", load_.sink());
  RecordReader& r = *reader_;
  if (!r.ok()) return false;
  Zone& zone = load_.zone();
  if (auto format = r.String("format", true); format && *format != kFormatVersion)
    r.Error("format", "unsupported format '" + *format + "': this chainmap reads \"" +
                          std::string(kFormatVersion) + "\"");
  zone.id = r.Id("id", true).value_or("");
  zone.name = r.NameField("name");
  zone.as_of = DateField(r, "as_of", true);
  if (const std::string today = Today(); !zone.as_of.empty() && DateAfter(zone.as_of, today)) {
    r.Error("as_of", "'" + zone.as_of + "' is in the future (today is " + today +
                         "): as_of is the date the zone's data describes");
    zone.as_of.clear();
  }
  if (r.Has("region")) {
    // "region": {"province": "河南省", "city": "济源市", "counties": [...]} (docs/format.md).
    RecordReader rr(doc_->json, doc_->file, r.PointerTo("region"), load_.sink());
    if (rr.ok()) {
      zone.region.province = rr.String("province", true).value_or("");
      zone.region.city = rr.String("city", false).value_or("");
      zone.region.counties = rr.StringList("counties");
      if (!rr.Rest().empty()) rr.Warning("", "unknown fields in region (province, city, counties)");
    }
  }
  r.Claim("region");
  zone.note = r.String("note", false).value_or("");
  zone.source = r.SourceField();
  if (r.Has("settings")) LoadSettings(r.PointerTo("settings"));
  r.Claim("settings");
  LoadDocuments();
  LoadClusters();

  const JsonRef items = r.Array("chains", true);
  if (!items) return true;
  if (items.empty()) r.Error("chains", "a zone needs at least one chain id");
  std::map<std::string, std::string> seen;  // id → pointer
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string pointer = r.PointerTo("chains") + "/" + std::to_string(i);
    const JsonRef item = items[i];
    if (!item.is_string()) {
      r.ErrorAt(pointer, "expected a chain id string, found " + DescribeJsonType(item));
      continue;
    }
    const std::string id(item.string());
    if (!IsValidId(id)) {
      r.ErrorAt(pointer, "'" + id +
                             "' is not a valid chain id: use lower-case ASCII "
                             "letters, digits, '-' and '_'");
      continue;
    }
    if (const std::string file = id + ".json"; file == kZoneFile || file == kEnterprisesFile ||
                                               file == kCandidatesFile || file == kProjectsFile) {
      r.ErrorAt(pointer, "'" + id + "' cannot be a chain id: '" + file +
                             "' is one of the zone's own files; choose another id");
      continue;
    }
    if (auto [it, fresh] = seen.emplace(id, pointer); !fresh) {
      r.ErrorAt(pointer,
                "chain '" + id + "' is listed twice (first at " + Where(*doc_, it->second) + ")");
      continue;
    }
    chains.push_back({id, pointer});
  }
  return true;
}

void ZoneFileLoader::LoadReferences() {
  LoadCrossEdges();
  LoadFacts();
  load_.zone().extra = reader_->Rest();
}

void ZoneFileLoader::LoadSettings(const std::string& pointer) {
  RecordReader s(doc_->json, doc_->file, pointer, load_.sink());
  if (!s.ok()) return;
  Settings& settings = load_.zone().settings;
  if (auto n = s.Integer("strong_min_scale", false, 1, 1000))
    settings.strong_min_scale = static_cast<int>(*n);
  if (auto stage = s.String("filling_stage", false)) {
    if (auto parsed = ParseProjectStage(*stage))
      settings.filling_stage = *parsed;
    else
      s.Error("filling_stage", UnknownProjectStageMessage(*stage));
  }
  for (auto [key, field] : {std::pair{"weak_credit", &Settings::weak_credit},
                            std::pair{"filling_credit", &Settings::filling_credit}}) {
    if (auto x = s.Number(key, false, 0)) {
      if (*x > 1)
        s.Error(key, "must be at most 1");
      else
        settings.*field = *x;
    }
  }
  if (auto n = s.Integer("chokepoint_min_dominated", false, 1, 1000000))
    settings.chokepoint_min_dominated = static_cast<int>(*n);
  if (s.Has("target_weights")) {
    RecordReader w(doc_->json, doc_->file, s.PointerTo("target_weights"), load_.sink());
    for (auto [key, field] :
         {std::pair{"gap", &TargetWeights::gap}, std::pair{"named", &TargetWeights::named},
          std::pair{"distance", &TargetWeights::distance},
          std::pair{"scale", &TargetWeights::scale},
          std::pair{"relatedness", &TargetWeights::relatedness},
          std::pair{"ties", &TargetWeights::ties}})
      if (w.ok())
        if (auto x = w.Number(key, false, 0, 1000,
                              "the most a weight may be (the defaults sum to 100): scale the "
                              "weights down"))
          settings.target_weights.*field = *x;
    if (w.ok() && !w.Rest().empty())
      w.Error("", "unknown target weight (use gap, named, distance, scale, relatedness, ties)");
  }
  s.Claim("target_weights");
  settings.extra = s.Rest();
}

void ZoneFileLoader::LoadCrossEdges() {
  const JsonRef items = reader_->Array("cross_edges", false);
  if (!items) return;
  Zone& zone = load_.zone();
  std::map<std::pair<LinkKey, LinkKey>, std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string pointer = "/cross_edges/" + std::to_string(i);
    RecordReader er(doc_->json, doc_->file, pointer, load_.sink());
    if (!er.ok()) continue;
    CrossEdge edge;
    const auto from = ResolveLinkField(load_, er, "from");
    const auto to = ResolveLinkField(load_, er, "to");
    edge.note = er.String("note", false).value_or("");
    edge.source = er.SourceField();
    edge.extra = er.Rest();
    if (!from || !to) continue;
    if (*from == *to) {
      er.Error("to", SelfEdgeMessage(zone.QualifiedId(*from)));
      continue;
    }
    if (from->chain == to->chain) {
      const std::string& chain = zone.chains()[from->chain].id;
      er.Error("", "both ends are in chain '" + chain + "': put this edge in " + chain + ".json");
      continue;
    }
    if (auto [it, fresh] = seen.emplace(std::pair{*from, *to}, pointer); !fresh) {
      er.Error("", "repeated cross-chain edge (first at " + Where(*doc_, it->second) + ")");
      continue;
    }
    CheckSource(er, edge.source, "cross-chain edge");
    edge.from = *from;
    edge.to = *to;
    zone.cross_edges.push_back(std::move(edge));
  }
}

void ZoneFileLoader::LoadFacts() {
  const JsonRef items = reader_->Array("facts", false);
  if (!items) return;
  Zone& zone = load_.zone();
  std::map<std::string, std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string pointer = "/facts/" + std::to_string(i);
    RecordReader fr(doc_->json, doc_->file, pointer, load_.sink());
    if (!fr.ok()) continue;
    Fact fact;
    fact.id = fr.Id("id", true).value_or("");
    fact.text = fr.String("text", true).value_or("");
    fact.value = fr.Number("value", false, -1e300);
    fact.unit = fr.String("unit", false).value_or("");
    if (auto chain = fr.String("chain", false)) {
      fact.chain = zone.ChainIndex(*chain);
      if (!fact.chain && !load_.CountIfUnloaded(*chain))
        fr.Error("chain", UnknownChainMessage(*chain, LoadedChainIds(zone)));
    }
    if (auto stage = fr.String("stage", false)) {
      fact.stage = ParseProjectStage(*stage);
      if (!fact.stage) fr.Error("stage", UnknownProjectStageMessage(*stage));
    }
    fact.measure = fr.Line("measure", false).value_or("");
    if (auto kind = fr.String("kind", false)) {
      fact.kind = ParseFactKind(*kind);
      if (!fact.kind)
        fr.Error("kind",
                 "unknown kind '" + *kind + "' (use " + std::string(FactKindChoices()) + ")");
    }
    if (fact.measure.empty() != !fact.kind)
      fr.Error(fact.measure.empty() ? "kind" : "measure",
               "\"measure\" and \"kind\" go together: give both (a target, actual or forecast "
               "figure of a named measure) or neither");
    if (auto year = fr.Integer("year", false, 1900, 2200)) fact.year = static_cast<int>(*year);
    fact.project_count = fr.Integer("project_count", false, 0, 1000000);
    if (fact.project_count && !fact.year)
      fr.Error("project_count",
               "\"project_count\" needs \"year\": the zone's project records of that year are "
               "counted against it; give the year the document states the projects for");
    fact.note = fr.String("note", false).value_or("");
    fact.source = fr.SourceField();
    fact.extra = fr.Rest();
    if (fact.id.empty()) continue;
    if (auto [it, fresh] = seen.emplace(fact.id, pointer); !fresh) {
      fr.Error("id", DuplicateIdMessage("fact", fact.id, Where(*doc_, it->second + "/id")));
      continue;
    }
    CheckSource(fr, fact.source, "fact '" + fact.id + "'");
    zone.facts.push_back(std::move(fact));
  }
}

void ZoneFileLoader::LoadClusters() {
  const JsonRef items = reader_->Array("clusters", false);
  if (!items) return;
  Zone& zone = load_.zone();
  std::map<std::string, std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string pointer = "/clusters/" + std::to_string(i);
    RecordReader cr(doc_->json, doc_->file, pointer, load_.sink());
    if (!cr.ok()) continue;
    Cluster cluster;
    cluster.id = cr.Id("id", true).value_or("");
    cluster.name = cr.NameField("name");
    cluster.note = cr.String("note", false).value_or("");
    cluster.source = cr.SourceField();
    cluster.extra = cr.Rest();
    if (cluster.id.empty()) continue;
    if (auto [it, fresh] = seen.emplace(cluster.id, pointer); !fresh) {
      cr.Error("id", DuplicateIdMessage("cluster", cluster.id, Where(*doc_, it->second + "/id")));
      continue;
    }
    CheckSource(cr, cluster.source, "cluster '" + cluster.id + "'");
    zone.clusters.push_back(std::move(cluster));
  }
}

void ZoneFileLoader::LoadDocuments() {
  RecordReader& r = *reader_;
  if (!r.Has("documents")) return;
  r.Claim("documents");
  RecordReader dr(doc_->json, doc_->file, r.PointerTo("documents"), load_.sink());
  if (!dr.ok()) return;
  Zone& zone = load_.zone();
  // "file": "title", or "file": {"title": "…", "date": "2024-06"} (docs/format.md).
  for (const auto& item : doc_->json.root().at("documents").items()) {
    const std::string& file = item.key();
    const Json& value = item.value();
    Document d{file, "", ""};
    dr.Claim(file);
    std::optional<std::string> title;
    std::string title_at = dr.PointerTo(file);
    if (value.is_string()) {
      title = dr.Line(file, true);
    } else if (value.is_object()) {
      RecordReader vr(doc_->json, doc_->file, dr.PointerTo(file), load_.sink());
      title = vr.Line("title", true);
      title_at = vr.PointerTo("title");
      d.date = DateField(vr, "date", false, zone.as_of);
      if (!vr.Rest().empty()) vr.Warning("", "unknown fields in a document (title, date)");
    } else {
      dr.ErrorAt(dr.PointerTo(file),
                 "expected the document's title (a string) or {\"title\": \"…\", \"date\": "
                 "\"YYYY-MM\"}, found " +
                     DescribeJsonType(value));
      continue;
    }
    if (!title) continue;
    if (title->empty()) {
      dr.ErrorAt(title_at, "empty title: give the document's title as it is printed on it");
      continue;
    }
    d.title = std::move(*title);
    zone.documents.push_back(std::move(d));
  }
}

}  // namespace chainmap
