#include "src/io/zone_loader.h"

#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "src/io/json_document.h"
#include "src/io/record_reader.h"
#include "src/io/suggest.h"
#include "src/io/zone_files.h"
#include "src/model/uscc.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

/// "2024", "2024-06" or "2024-06-30".
bool IsValidDate(std::string_view text) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    if (text.size() < at + n) return false;
    for (std::size_t i = at; i < at + n; ++i)
      if (text[i] < '0' || text[i] > '9') return false;
    return true;
  };
  const auto number = [&](std::size_t at, std::size_t n) {
    return std::stoi(std::string(text.substr(at, n)));
  };
  if (text.size() == 4) return digits(0, 4);
  if (text.size() == 7)
    return digits(0, 4) && text[4] == '-' && digits(5, 2) && number(5, 2) >= 1 &&
           number(5, 2) <= 12;
  if (text.size() == 10)
    return digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2) &&
           number(5, 2) >= 1 && number(5, 2) <= 12 && number(8, 2) >= 1 && number(8, 2) <= 31;
  return false;
}

/// A GB/T 4754-2017 code: section letter A–T and 2 to 4 digits ("C3130").
bool IsValidIndustryCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 5 || code[0] < 'A' || code[0] > 'T') return false;
  for (std::size_t i = 1; i < code.size(); ++i)
    if (code[i] < '0' || code[i] > '9') return false;
  return true;
}

std::string Where(const JsonDocument& doc, const std::string& file, const std::string& pointer) {
  const TextPosition p = doc.PositionOf(pointer);
  return file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

/// Loads one zone; the state of a single load.
class ZoneLoader {
 public:
  ZoneLoader(const ZoneFileReader& read, std::string display_dir)
      : read_(read), dir_(std::move(display_dir)) {
    while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
  }

  LoadedZone Run() {
    LoadZoneFile();
    if (sink_.error_count() > 0) throw InputError(sink_.TakeErrors());
    AddStructureFindings();
    return {std::move(zone_), sink_.TakeOthers()};
  }

 private:
  struct Document {
    std::string file;  // as displayed
    JsonDocument json;
  };

  std::string Display(std::string_view name) const {
    if (dir_.empty() || dir_ == ".") return std::string(name);
    return dir_ + "/" + std::string(name);
  }

  /// Parses a file of the zone; null when missing (reported if required) or broken.
  std::unique_ptr<Document> Parse(const std::string& name, bool required) {
    const std::string file = Display(name);
    std::optional<std::string> text;
    try {
      text = read_(name);
    } catch (const InputError& e) {
      for (const Diagnostic& d : e.diagnostics()) sink_.Add(d);
      return nullptr;
    }
    if (!text) {
      if (required)
        sink_.Add({Severity::kError,
                   file,
                   {},
                   "",
                   "file not found: is '" + (dir_.empty() ? "." : dir_) +
                       "' a zone directory? (see docs/format.md)"});
      return nullptr;
    }
    try {
      return std::make_unique<Document>(Document{file, JsonDocument::Parse(*text)});
    } catch (const JsonSyntaxError& e) {
      sink_.Add({Severity::kError, file, e.position(), "", e.what()});
      return nullptr;
    }
  }

  void CheckSource(RecordReader& r, const Sources& source, const std::string& what) {
    if (source.empty())
      r.Warning("", what +
                        " has no source: add \"source\" (seed file and section, "
                        "\"[pub] …\" or \"[gk]\")");
  }

  std::string OptionalDate(RecordReader& r, std::string_view key, bool required) {
    auto text = r.String(key, required);
    if (!text) return {};
    if (!IsValidDate(*text)) {
      r.Error(key, "'" + *text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
      return {};
    }
    return *text;
  }

  void LoadZoneFile() {
    auto doc = Parse(std::string(kZoneFile), true);
    if (!doc) return;
    RecordReader r(doc->json, doc->file, "", sink_);
    if (!r.ok()) return;
    if (auto format = r.String("format", true); format && *format != kFormatVersion)
      r.Error("format", "unsupported format '" + *format + "': this chainmap reads \"" +
                            std::string(kFormatVersion) + "\"");
    zone_.id = r.Id("id", true).value_or("");
    zone_.name = r.NameField("name");
    zone_.as_of = OptionalDate(r, "as_of", true);
    zone_.note = r.String("note", false).value_or("");
    zone_.source = r.SourceField();
    if (r.Has("settings")) LoadSettings(*doc, r.PointerTo("settings"));
    r.Claim("settings");

    if (const Json* chains = r.Array("chains", true)) {
      if (chains->empty()) r.Error("chains", "a zone needs at least one chain id");
      std::map<std::string, std::string> seen;  // id → pointer
      for (std::size_t i = 0; i < chains->size(); ++i) {
        const std::string pointer = r.PointerTo("chains") + "/" + std::to_string(i);
        const Json& item = (*chains)[i];
        if (!item.is_string()) {
          r.ErrorAt(pointer, "expected a chain id string, found " + DescribeJsonType(item));
          continue;
        }
        const std::string id = item.get<std::string>();
        if (!IsValidId(id)) {
          r.ErrorAt(pointer, "'" + id +
                                 "' is not a valid chain id: use lower-case ASCII "
                                 "letters, digits, '-' and '_'");
          continue;
        }
        if (const std::string file = id + ".json"; file == kZoneFile || file == kEnterprisesFile ||
                                                   file == kCandidatesFile ||
                                                   file == kProjectsFile) {
          r.ErrorAt(pointer, "'" + id + "' cannot be a chain id: '" + file +
                                 "' is one of the zone's own files; choose another id");
          continue;
        }
        if (auto [it, fresh] = seen.emplace(id, pointer); !fresh) {
          r.ErrorAt(pointer, "chain '" + id + "' is listed twice (first at " +
                                 Where(doc->json, doc->file, it->second) + ")");
          continue;
        }
        LoadChain(id, *doc, pointer);
      }
    }
    LoadCrossEdges(*doc, r);
    LoadFacts(*doc, r);
    zone_.extra = r.Rest();
    LoadEnterpriseFile(std::string(kEnterprisesFile), true);
    LoadEnterpriseFile(std::string(kCandidatesFile), false);
    CheckTies();
    LoadProjects();
    for (const auto& [chain, count] : unchecked_references_)
      sink_.Add({Severity::kError,
                 unloaded_chains_.at(chain),
                 {},
                 "",
                 std::to_string(count) + (count == 1 ? " reference" : " references") +
                     " to chain '" + chain +
                     "' in other files not checked until this file loads: fix it and run "
                     "again"});
  }

  void LoadSettings(const Document& doc, const std::string& pointer) {
    RecordReader s(doc.json, doc.file, pointer, sink_);
    if (!s.ok()) return;
    if (auto n = s.Integer("strong_min_scale", false, 1, 1000))
      zone_.settings.strong_min_scale = static_cast<int>(*n);
    if (auto stage = s.String("filling_stage", false)) {
      if (auto parsed = ParseProjectStage(*stage))
        zone_.settings.filling_stage = *parsed;
      else
        s.Error("filling_stage", "unknown project stage '" + *stage + "' (use " +
                                     std::string(ProjectStageChoices()) + ")");
    }
    for (auto [key, field] : {std::pair{"weak_credit", &Settings::weak_credit},
                              std::pair{"filling_credit", &Settings::filling_credit}}) {
      if (auto x = s.Number(key, false, 0)) {
        if (*x > 1)
          s.Error(key, "must be at most 1");
        else
          zone_.settings.*field = *x;
      }
    }
    if (auto n = s.Integer("chokepoint_min_dominated", false, 1, 1000000))
      zone_.settings.chokepoint_min_dominated = static_cast<int>(*n);
    if (s.Has("target_weights")) LoadTargetWeights(doc, s.PointerTo("target_weights"));
    s.Claim("target_weights");
    zone_.settings.extra = s.Rest();
  }

  void LoadTargetWeights(const Document& doc, const std::string& pointer) {
    RecordReader w(doc.json, doc.file, pointer, sink_);
    if (!w.ok()) return;
    TargetWeights& t = zone_.settings.target_weights;
    for (auto [key, field] : {std::pair{"gap", &TargetWeights::gap},
                              std::pair{"named", &TargetWeights::named},
                              std::pair{"distance", &TargetWeights::distance},
                              std::pair{"scale", &TargetWeights::scale},
                              std::pair{"relatedness", &TargetWeights::relatedness},
                              std::pair{"ties", &TargetWeights::ties}})
      if (auto x = w.Number(key, false, 0)) t.*field = *x;
    if (!w.Rest().empty())
      w.Error("", "unknown target weight (use gap, named, distance, scale, relatedness, ties)");
  }

  void LoadLinkScope(const Document& doc, const std::string& pointer, LinkScope& scope) {
    RecordReader r(doc.json, doc.file, pointer, sink_);
    if (!r.ok()) return;
    scope.pursued = r.Bool("pursued", true).value_or(true);
    scope.reason = r.String("reason", false).value_or("");
    scope.source = r.SourceField();
    scope.extra = r.Rest();
    if (!scope.pursued && scope.reason.empty())
      r.Error("", "a link not pursued locally needs a \"reason\" (in Chinese, for the reports)");
    if (!scope.pursued) CheckSource(r, scope.source, "the link's scope");
  }

  void LoadChain(const std::string& id, const Document& zone_doc, const std::string& zone_pointer) {
    const std::string name = id + ".json";
    // Until the chain loads, references into it cannot be checked: ResolveLink counts
    // them rather than reporting each as an unknown chain.
    unloaded_chains_.emplace(id, Display(name));
    auto doc = Parse(name, false);
    if (!doc) {
      if (!read_(name))
        sink_.Add(
            {Severity::kError, zone_doc.file, zone_doc.json.PositionOf(zone_pointer), zone_pointer,
             "chain '" + id + "' has no file '" + Display(name) + "': create it or remove the id"});
      return;
    }
    RecordReader r(doc->json, doc->file, "", sink_);
    if (!r.ok()) return;
    unloaded_chains_.erase(id);
    Chain chain;
    if (auto own = r.Id("id", true)) {
      if (*own != id)
        r.Error("id", "id '" + *own + "' does not match the file name '" + name +
                          "': make them the same");
    }
    chain.id = id;
    chain.name = r.NameField("name");
    chain.as_of = OptionalDate(r, "as_of", false);
    chain.note = r.String("note", false).value_or("");
    chain.source = r.SourceField();

    std::vector<Link> links;
    std::map<std::string, std::size_t> link_index;
    std::vector<std::string> link_ids;
    if (const Json* items = r.Array("links", true)) {
      if (items->empty()) r.Error("links", "a chain needs at least one link");
      for (std::size_t i = 0; i < items->size(); ++i) {
        RecordReader lr(doc->json, doc->file, "/links/" + std::to_string(i), sink_);
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
        if (lr.Has("local_scope")) LoadLinkScope(*doc, lr.PointerTo("local_scope"), link.scope);
        lr.Claim("local_scope");
        link.note = lr.String("note", false).value_or("");
        link.source = lr.SourceField();
        link.extra = lr.Rest();
        if (link.id.empty()) continue;
        if (auto [it, fresh] = link_index.emplace(link.id, links.size()); !fresh) {
          lr.Error("id",
                   "duplicate link id '" + link.id + "' (first at " +
                       Where(doc->json, doc->file, "/links/" + std::to_string(it->second) + "/id") +
                       ")");
          continue;
        }
        CheckSource(lr, link.source, "link '" + link.id + "'");
        link_ids.push_back(link.id);
        links.push_back(std::move(link));
      }
    }

    std::vector<Edge> edges;
    std::map<std::pair<std::size_t, std::size_t>, std::string> seen_edges;
    if (const Json* items = r.Array("edges", false)) {
      for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string pointer = "/edges/" + std::to_string(i);
        RecordReader er(doc->json, doc->file, pointer, sink_);
        if (!er.ok()) continue;
        const auto resolve = [&](std::string_view key) -> std::optional<std::size_t> {
          auto ref = er.String(key, true);
          if (!ref) return std::nullopt;
          const auto it = link_index.find(*ref);
          if (it != link_index.end()) return it->second;
          er.Error(key, "unknown link '" + *ref + "'" + DidYouMean(*ref, link_ids));
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
          er.Error("to", "link '" + links[*from].id + "' cannot feed into itself");
          continue;
        }
        if (auto [it, fresh] = seen_edges.emplace(std::pair{*from, *to}, pointer); !fresh) {
          er.Error("", "repeated edge '" + links[*from].id + "' -> '" + links[*to].id +
                           "' (first at " + Where(doc->json, doc->file, it->second) + ")");
          continue;
        }
        edge.from = *from;
        edge.to = *to;
        edges.push_back(std::move(edge));
      }
    }
    chain.extra = r.Rest();
    chain.SetTopology(std::move(links), std::move(edges));
    chain_files_.emplace(id, doc->file);
    zone_.AddChain(std::move(chain));
  }

  std::vector<std::string> ChainIds() const {
    std::vector<std::string> ids;
    for (const Chain& c : zone_.chains()) ids.push_back(c.id);
    return ids;
  }

  /// Resolves "chain/link" at `pointer`, reporting what is wrong.
  std::optional<LinkKey> ResolveLink(RecordReader& r, const std::string& pointer,
                                     const Json& value) {
    if (!value.is_string()) {
      r.ErrorAt(pointer,
                "expected a link reference \"chain/link\", found " + DescribeJsonType(value));
      return std::nullopt;
    }
    const std::string ref = value.get<std::string>();
    if (auto key = zone_.FindLink(ref)) return key;
    const auto slash = ref.find('/');
    if (slash == std::string::npos) {
      r.ErrorAt(pointer, "'" + ref +
                             "' is not a link reference: write \"chain/link\", e.g. "
                             "\"steel/wire-rod\"");
      return std::nullopt;
    }
    const std::string chain_id = ref.substr(0, slash);
    const Chain* chain = zone_.FindChain(chain_id);
    if (!chain && unloaded_chains_.count(chain_id)) {
      ++unchecked_references_[chain_id];
      return std::nullopt;
    }
    if (!chain) {
      r.ErrorAt(pointer, "unknown chain '" + chain_id + "' in '" + ref + "'" +
                             DidYouMean(chain_id, ChainIds()));
      return std::nullopt;
    }
    std::vector<std::string> known;
    for (const Link& link : chain->links()) known.push_back(chain_id + "/" + link.id);
    r.ErrorAt(pointer, "unknown link '" + ref + "'" + DidYouMean(ref, known));
    return std::nullopt;
  }

  std::optional<LinkKey> ResolveLinkField(RecordReader& r, std::string_view key) {
    auto text = r.String(key, true);
    if (!text) return std::nullopt;
    return ResolveLink(r, r.PointerTo(key), Json(*text));
  }

  std::vector<LinkKey> ResolveLinkList(RecordReader& r, std::string_view key) {
    std::vector<LinkKey> out;
    const Json* items = r.Array(key, false);
    if (!items) return out;
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string pointer = r.PointerTo(key) + "/" + std::to_string(i);
      auto link = ResolveLink(r, pointer, (*items)[i]);
      if (!link) continue;
      if (std::find(out.begin(), out.end(), *link) != out.end()) {
        r.ErrorAt(pointer, "link '" + zone_.QualifiedId(*link) + "' is listed twice");
        continue;
      }
      out.push_back(*link);
    }
    return out;
  }

  void LoadCrossEdges(const Document& doc, RecordReader& r) {
    const Json* items = r.Array("cross_edges", false);
    if (!items) return;
    std::map<std::pair<LinkKey, LinkKey>, std::string> seen;
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string pointer = "/cross_edges/" + std::to_string(i);
      RecordReader er(doc.json, doc.file, pointer, sink_);
      if (!er.ok()) continue;
      CrossEdge edge;
      const auto from = ResolveLinkField(er, "from");
      const auto to = ResolveLinkField(er, "to");
      edge.note = er.String("note", false).value_or("");
      edge.source = er.SourceField();
      edge.extra = er.Rest();
      if (!from || !to) continue;
      if (from->chain == to->chain) {
        er.Error("", "both ends are in chain '" + zone_.chains()[from->chain].id +
                         "': put this edge in " + zone_.chains()[from->chain].id + ".json");
        continue;
      }
      if (auto [it, fresh] = seen.emplace(std::pair{*from, *to}, pointer); !fresh) {
        er.Error("", "repeated cross-chain edge (first at " +
                         Where(doc.json, doc.file, it->second) + ")");
        continue;
      }
      CheckSource(er, edge.source, "cross-chain edge");
      edge.from = *from;
      edge.to = *to;
      zone_.cross_edges.push_back(std::move(edge));
    }
  }

  void LoadFacts(const Document& doc, RecordReader& r) {
    const Json* items = r.Array("facts", false);
    if (!items) return;
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string pointer = "/facts/" + std::to_string(i);
      RecordReader fr(doc.json, doc.file, pointer, sink_);
      if (!fr.ok()) continue;
      Fact fact;
      fact.id = fr.Id("id", true).value_or("");
      fact.text = fr.String("text", true).value_or("");
      fact.value = fr.Number("value", false, -1e300);
      fact.unit = fr.String("unit", false).value_or("");
      if (auto chain = fr.String("chain", false)) {
        fact.chain = zone_.ChainIndex(*chain);
        if (!fact.chain && unloaded_chains_.count(*chain))
          ++unchecked_references_[*chain];
        else if (!fact.chain)
          fr.Error("chain", "unknown chain '" + *chain + "'" + DidYouMean(*chain, ChainIds()));
      }
      fact.note = fr.String("note", false).value_or("");
      fact.source = fr.SourceField();
      fact.extra = fr.Rest();
      if (fact.id.empty()) continue;
      if (auto [it, fresh] = seen.emplace(fact.id, pointer); !fresh) {
        fr.Error("id", "duplicate fact id '" + fact.id + "' (first at " +
                           Where(doc.json, doc.file, it->second + "/id") + ")");
        continue;
      }
      CheckSource(fr, fact.source, "fact '" + fact.id + "'");
      zone_.facts.push_back(std::move(fact));
    }
  }

  /// Opens a record file ({"<key>": [...]}) and returns its reader, or null.
  const Json* OpenRecordFile(const Document& doc, RecordReader& top, const std::string& key,
                             const std::string& name) {
    if (!top.ok()) return nullptr;
    const Json* items = top.Array(key, true);
    zone_.file_extra[name] = top.Rest();
    if (zone_.file_extra[name].empty()) zone_.file_extra.erase(name);
    (void)doc;
    return items;
  }

  void LoadEnterpriseFile(const std::string& name, bool expect_local) {
    auto doc = Parse(name, false);
    if (!doc) return;
    RecordReader top(doc->json, doc->file, "", sink_);
    const Json* items = OpenRecordFile(*doc, top, "enterprises", name);
    if (!items) return;
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string pointer = "/enterprises/" + std::to_string(i);
      RecordReader er(doc->json, doc->file, pointer, sink_);
      if (!er.ok()) continue;
      Enterprise e;
      e.id = er.Id("id", true).value_or("");
      if (auto n = er.String("name", true)) {
        if (n->empty()) er.Error("name", "must not be empty");
        e.name = *n;
      }
      e.short_name = er.String("short_name", false).value_or("");
      const auto local = er.Bool("local", true);
      e.local = local.value_or(expect_local);
      if (auto role = er.String("role", false)) {
        if (auto parsed = ParseRole(*role); parsed && *parsed != Role::kNone)
          e.role = *parsed;
        else
          er.Error("role", "unknown role '" + *role + "' (use " + std::string(RoleChoices()) + ")");
      }
      if (auto uscc = er.String("uscc", false)) {
        if (const std::string problem = UsccProblem(*uscc); !problem.empty())
          er.Error("uscc", "invalid USCC (统一社会信用代码) '" + *uscc + "': " + problem);
        else
          e.uscc = *uscc;
      }
      e.tags = er.StringList("tags");
      e.links = ResolveLinkList(er, "links");
      if (er.Has("revenue")) e.revenue = LoadRevenue(*doc, er.PointerTo("revenue"));
      er.Claim("revenue");
      e.region = er.String("region", false).value_or("");
      if (const Json* ties = er.Array("ties", false))
        for (std::size_t t = 0; t < ties->size(); ++t)
          LoadTie(*doc, er.PointerTo("ties") + "/" + std::to_string(t), e);
      e.note = er.String("note", false).value_or("");
      e.source = er.SourceField();
      e.extra = er.Rest();
      if (e.id.empty()) continue;
      const std::string here = Where(doc->json, doc->file, pointer + "/id");
      if (auto [it, fresh] = enterprise_at_.emplace(e.id, here); !fresh) {
        er.Error("id", "duplicate enterprise id '" + e.id + "' (first at " + it->second + ")");
        continue;
      }
      if (!e.uscc.empty()) {
        if (auto [it, fresh] = uscc_owner_.emplace(e.uscc, e.id); !fresh) {
          er.Error("uscc", "USCC '" + e.uscc + "' is also that of enterprise '" + it->second +
                               "': merge the two records");
          continue;
        }
      }
      CheckSource(er, e.source, "enterprise '" + e.id + "'");
      if (e.links.empty())
        er.Warning("", "enterprise '" + e.id + "' is attached to no link: add \"links\"");
      if (local && *local != expect_local)
        er.Warning("local", std::string("a ") + (e.local ? "local" : "external") +
                                " enterprise in " + name + ": chainmap fmt moves it to " +
                                std::string(e.local ? kEnterprisesFile : kCandidatesFile));
      zone_.AddEnterprise(std::move(e));
    }
  }

  void LoadTie(const Document& doc, const std::string& pointer, Enterprise& e) {
    RecordReader r(doc.json, doc.file, pointer, sink_);
    if (!r.ok()) return;
    Tie tie;
    tie.enterprise = r.Id("enterprise", true).value_or("");
    if (auto kind = r.String("kind", true)) {
      if (auto parsed = ParseTieKind(*kind))
        tie.kind = *parsed;
      else
        r.Error("kind", "unknown tie kind '" + *kind + "' (use " + std::string(TieKindChoices()) +
                            ")");
    }
    tie.note = r.String("note", false).value_or("");
    tie.source = r.SourceField();
    tie.extra = r.Rest();
    CheckSource(r, tie.source, "tie");
    if (tie.enterprise.empty()) return;
    pending_ties_.push_back({tie.enterprise, doc.file, doc.json.PositionOf(r.PointerTo("enterprise")),
                             r.PointerTo("enterprise")});
    e.ties.push_back(std::move(tie));
  }

  /// Ties name enterprises of either file: checked once both are read.
  void CheckTies() {
    std::vector<std::string> ids;
    for (const Enterprise& e : zone_.enterprises()) ids.push_back(e.id);
    for (const PendingTie& t : pending_ties_)
      if (!zone_.EnterpriseIndex(t.enterprise))
        sink_.Add({Severity::kError, t.file, t.position, t.pointer,
                   "unknown enterprise '" + t.enterprise + "'" + DidYouMean(t.enterprise, ids)});
  }

  std::optional<Revenue> LoadRevenue(const Document& doc, const std::string& pointer) {
    RecordReader rr(doc.json, doc.file, pointer, sink_);
    if (!rr.ok()) return std::nullopt;
    Revenue revenue;
    const auto value = rr.Number("value", true, 0);
    revenue.unit = rr.String("unit", false).value_or("亿元");
    if (auto year = rr.Integer("year", false, 1900, 2100)) revenue.year = static_cast<int>(*year);
    revenue.source = rr.SourceField();
    revenue.extra = rr.Rest();
    if (!value) return std::nullopt;
    revenue.value = *value;
    if (revenue.source.empty())
      rr.Warning("", "revenue figure has no source: a figure without a source is left out");
    return revenue;
  }

  void LoadProjects() {
    const std::string name(kProjectsFile);
    auto doc = Parse(name, false);
    if (!doc) return;
    RecordReader top(doc->json, doc->file, "", sink_);
    const Json* items = OpenRecordFile(*doc, top, "projects", name);
    if (!items) return;
    std::map<std::string, std::string> seen;
    std::vector<std::string> enterprise_ids;
    for (const Enterprise& e : zone_.enterprises()) enterprise_ids.push_back(e.id);
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string pointer = "/projects/" + std::to_string(i);
      RecordReader pr(doc->json, doc->file, pointer, sink_);
      if (!pr.ok()) continue;
      Project p;
      p.id = pr.Id("id", true).value_or("");
      p.name = pr.String("name", true).value_or("");
      if (auto enterprise = pr.String("enterprise", false)) {
        p.enterprise = zone_.EnterpriseIndex(*enterprise);
        if (!p.enterprise)
          pr.Error("enterprise", "unknown enterprise '" + *enterprise + "'" +
                                     DidYouMean(*enterprise, enterprise_ids));
      }
      for (const std::string& partner : pr.StringList("partners")) {
        if (auto index = zone_.EnterpriseIndex(partner))
          p.partners.push_back(*index);
        else
          pr.Error("partners", "unknown enterprise '" + partner + "'" +
                                   DidYouMean(partner, enterprise_ids));
      }
      p.links = ResolveLinkList(pr, "links");
      p.investment = pr.Number("investment", false, 0);
      p.stage = ParseStageField(pr).value_or(ProjectStage::kPlanned);
      p.as_of = OptionalDate(pr, "as_of", false);
      p.target = pr.String("target", false).value_or("");
      if (const Json* history = pr.Array("history", false)) {
        for (std::size_t h = 0; h < history->size(); ++h) {
          RecordReader hr(doc->json, doc->file, pr.PointerTo("history") + "/" + std::to_string(h),
                          sink_);
          if (!hr.ok()) continue;
          StageRecord record;
          record.stage = ParseStageField(hr).value_or(ProjectStage::kPlanned);
          record.as_of = OptionalDate(hr, "as_of", false);
          record.note = hr.String("note", false).value_or("");
          record.source = hr.SourceField();
          record.extra = hr.Rest();
          p.history.push_back(std::move(record));
        }
      }
      p.note = pr.String("note", false).value_or("");
      p.source = pr.SourceField();
      p.extra = pr.Rest();
      if (p.id.empty()) continue;
      if (auto [it, fresh] = seen.emplace(p.id, pointer); !fresh) {
        pr.Error("id", "duplicate project id '" + p.id + "' (first at " +
                           Where(doc->json, doc->file, it->second + "/id") + ")");
        continue;
      }
      CheckSource(pr, p.source, "project '" + p.id + "'");
      zone_.AddProject(std::move(p));
    }
  }

  std::optional<ProjectStage> ParseStageField(RecordReader& r) {
    auto stage = r.String("stage", true);
    if (!stage) return std::nullopt;
    if (auto parsed = ParseProjectStage(*stage)) return parsed;
    r.Error("stage", "unknown project stage '" + *stage + "' (use " +
                         std::string(ProjectStageChoices()) + ")");
    return std::nullopt;
  }

  /// Cycles (notes) and links with no edges at all (warnings).
  void AddStructureFindings() {
    std::set<LinkKey> crossed;
    for (const CrossEdge& e : zone_.cross_edges) {
      crossed.insert(e.from);
      crossed.insert(e.to);
    }
    for (std::size_t c = 0; c < zone_.chains().size(); ++c) {
      const Chain& chain = zone_.chains()[c];
      const std::string& file = chain_files_.at(chain.id);
      for (const auto& component : chain.graph().CyclicComponents()) {
        std::string ids;
        for (std::size_t v : component)
          ids += (ids.empty() ? "'" : ", '") + chain.links()[v].id + "'";
        sink_.Add({Severity::kNote,
                   file,
                   {},
                   "",
                   "links " + ids +
                       " form a cycle (allowed, e.g. scrap returning to "
                       "steelmaking; analyses treat it as one loop)"});
      }
      if (chain.links().size() < 2) continue;
      for (std::size_t l = 0; l < chain.links().size(); ++l) {
        const auto& g = chain.graph().graph();
        if (boost::in_degree(l, g) + boost::out_degree(l, g) == 0 && !crossed.count(LinkKey{c, l}))
          sink_.Add({Severity::kWarning,
                     file,
                     {},
                     "/links/" + std::to_string(l),
                     "link '" + chain.links()[l].id + "' has no edges: connect it or remove it"});
      }
    }
  }

  const ZoneFileReader& read_;
  std::string dir_;
  DiagnosticSink sink_;
  Zone zone_;
  std::map<std::string, std::string> chain_files_;
  /// Chains listed in zone.json whose file is missing or broken, with that file.
  std::map<std::string, std::string> unloaded_chains_;
  /// References into such chains, by chain: counted, not reported one by one.
  std::map<std::string, std::size_t> unchecked_references_;
  std::map<std::string, std::string> enterprise_at_;
  struct PendingTie {
    std::string enterprise, file;
    TextPosition position;
    std::string pointer;
  };
  std::vector<PendingTie> pending_ties_;
  std::map<std::string, std::string> uscc_owner_;
};

}  // namespace

LoadedZone LoadZone(const ZoneFileReader& read, const std::string& display_dir) {
  return ZoneLoader(read, display_dir).Run();
}

std::optional<std::string> ReadFileIfExists(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::nullopt;
  if (std::filesystem::is_directory(path, ec))
    throw InputError(path.string(), "is a directory, expected a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "cannot be read: check its permissions");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

LoadedZone LoadZoneDirectory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw InputError(dir.string(), std::filesystem::exists(dir, ec)
                                       ? "is not a directory: name a zone directory"
                                       : "no such directory: name a zone directory such "
                                         "as 'chains'");
  return LoadZone([&](const std::string& name) { return ReadFileIfExists(dir / name); },
                  dir.string());
}

}  // namespace chainmap
