#include "src/io/record_file_loader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "src/io/chain_chief_fields.h"
#include "src/io/json_record_stream.h"
#include "src/io/number_format.h"
#include "src/io/record_reader.h"
#include "src/io/suggest.h"
#include "src/io/zone_files.h"
#include "src/io/zone_load_fields.h"
#include "src/io/zone_load_messages.h"
#include "src/io/zone_load_references.h"
#include "src/model/uscc.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

/// The top-level fields of a record file other than its records, kept as unknown.
void CheckRecordFileTop(ZoneLoad& load, RecordReader& top, const std::string& key,
                        const std::string& name) {
  if (!top.ok()) return;
  top.Array(key, true);
  Extra rest = top.Rest();
  if (!rest.empty()) load.zone().file_extra[name] = std::move(rest);
}

/// Streams the records of the file `name` ({"<key>": [...]}) to `load_record`, then
/// checks the rest of the file. A syntax error anywhere takes back what the file's
/// records reported: the file is reported as broken, as if read whole first.
template <typename Reserve, typename LoadRecord>
void StreamRecordFile(ZoneLoad& load, const std::string& name, const std::string& key,
                      Reserve reserve, LoadRecord load_record) {
  const auto text = load.ReadText(name, false);
  if (!text) return;
  const std::string file = load.Display(name);
  const std::uint8_t slot = load.AddRecordFile(name, text);
  const DiagnosticSink::Mark mark = load.sink().mark();
  try {
    JsonRecordStream::Options options;
    options.thread_from = load.options().parse_thread_from;
    JsonRecordStream stream(text, key, options);
    reserve(stream.CountRecords());
    std::size_t index = 0;
    while (auto record = stream.Next()) load_record(file, *record, index++, slot);
    RecordReader top(stream.top(), file, "", load.sink());
    CheckRecordFileTop(load, top, key, name);
  } catch (const JsonSyntaxError& e) {
    load.sink().Rollback(mark);
    load.sink().Add({Severity::kError, file, e.position(), "", e.what()});
  }
}

/// The ids of the zone's enterprises, for a did-you-mean: listed when a message first
/// needs them, not for every load (a million ids are 32 MB).
class EnterpriseIds {
 public:
  explicit EnterpriseIds(const Zone& zone) : zone_(zone) {}
  const std::vector<std::string>& operator()() {
    if (!ids_) {
      ids_.emplace();
      ids_->reserve(zone_.enterprises().size());
      for (const Enterprise& e : zone_.enterprises()) ids_->push_back(e.id);
    }
    return *ids_;
  }

 private:
  const Zone& zone_;
  std::optional<std::vector<std::string>> ids_;
};

/// The most a project's investment may be, in 亿元 (10 万亿元; the largest projects cost a
/// few thousand 亿元): more is refused, so that sums of investments stay finite.
constexpr double kMostInvestmentYi = 1e5;

/// 亿元 per unit of an amount in 元; nullopt for a unit in another currency as the registry
/// import writes it ("万美元"); null when the unit is unknown.
const std::optional<double>* UnitInYi(std::string_view unit) {
  static const std::pair<std::string_view, std::optional<double>> kUnits[] = {
      {"亿元", 1},    {"万元", 1e-4}, {"元", 1e-8},   {"万美元", {}}, {"亿美元", {}},
      {"万港元", {}}, {"亿港元", {}}, {"万欧元", {}}, {"亿欧元", {}}, {"万日元", {}},
      {"亿日元", {}}, {"万英镑", {}}, {"亿英镑", {}}};
  for (const auto& [name, factor] : kUnits)
    if (name == unit) return &factor;
  return nullptr;
}

/// An amount with its unit, year and source: a firm's revenue (`is_revenue`) or its
/// registered capital. A revenue larger than any company takes in is refused: it is
/// almost always a figure in 元 or 万元 written as 亿元.
std::optional<Revenue> LoadAmount(ZoneLoad& load, const std::string& file, const JsonDocument& doc,
                                  const std::string& pointer, bool is_revenue) {
  RecordReader rr(doc, file, pointer, load.sink());
  if (!rr.ok()) return std::nullopt;
  Revenue revenue;
  const auto value = rr.Number("value", true, 0);
  revenue.unit = rr.String("unit", false).value_or("亿元");
  static constexpr double kMostYi = 50000;  // the largest company takes in about 3 万亿元
  bool plausible = true;
  if (const std::optional<double>* factor = UnitInYi(revenue.unit); !factor) {
    rr.Error("unit", "unknown unit '" + revenue.unit +
                         "' (use 亿元, 万元 or 元; 万美元, 万港元, 万欧元, 万日元 or 万英镑 for "
                         "another currency)");
    plausible = false;
  } else if (is_revenue && value && factor->has_value() && *value * **factor > kMostYi) {
    rr.Error("value", FormatNumber(*value) + " " + revenue.unit +
                          " is more than any company takes in (the largest, about 30000 亿元): "
                          "is the figure in 元 or 万元? Set \"unit\" to the unit it is in");
    plausible = false;
  }
  if (auto year = rr.Integer("year", false, 1900, 2100)) {
    const std::string& as_of = load.zone().as_of;
    if (!as_of.empty() && DateAfter(std::to_string(*year), as_of))
      rr.Error("year", "year " + std::to_string(*year) + " is after the zone's as_of '" + as_of +
                           "': a figure cannot be from after the data's date");
    else
      revenue.year = static_cast<int>(*year);
  }
  revenue.source = rr.SourceField();
  revenue.extra = rr.Rest();
  if (!value || !plausible) return std::nullopt;
  revenue.value = *value;
  if (revenue.source.empty())
    rr.Warning("", std::string(is_revenue ? "revenue" : "registered capital") +
                       " figure has no source: a figure without a source is left out");
  return revenue;
}

void LoadTie(ZoneLoad& load, const std::string& file, const JsonDocument& doc,
             const std::string& pointer, JsonRef value, Enterprise& e) {
  RecordReader r(doc, file, pointer, value, load.sink());
  if (!r.ok()) return;
  Tie tie;
  tie.enterprise = r.Id("enterprise", true).value_or("");
  if (auto kind = r.String("kind", true)) {
    if (auto parsed = ParseTieKind(*kind))
      tie.kind = *parsed;
    else
      r.Error("kind",
              "unknown tie kind '" + *kind + "' (use " + std::string(TieKindChoices()) + ")");
  }
  tie.note = r.String("note", false).value_or("");
  tie.source = r.SourceField();
  tie.extra = r.Rest();
  CheckSource(r, tie.source, "tie");
  if (tie.enterprise.empty()) return;
  const std::string at = r.PointerTo("enterprise");
  load.pending_ties.push_back({tie.enterprise, file, doc.PositionOf(at), at});
  e.ties.push_back(std::move(tie));
}

/// Ties name enterprises of either file: checked once both are read.
void CheckTies(ZoneLoad& load) {
  EnterpriseIds ids(load.zone());
  for (const ZoneLoad::PendingTie& t : load.pending_ties)
    if (!load.zone().EnterpriseIndex(t.enterprise))
      load.sink().Add(
          {Severity::kError, t.file, t.position, t.pointer,
           "unknown enterprise '" + t.enterprise + "'" + DidYouMean(t.enterprise, ids())});
  load.pending_ties.clear();
}

}  // namespace

void LoadEnterpriseFile(ZoneLoad& load, const std::string& name, bool expect_local) {
  const auto load_record = [&](const std::string& file, const JsonDocument& doc, std::size_t index,
                               std::uint8_t slot) {
    const std::string pointer = "/enterprises/" + std::to_string(index);
    RecordReader er(doc, file, pointer, load.sink());
    if (!er.ok()) return;
    Enterprise e;
    e.id = er.Id("id", true).value_or("");
    load.zone().PrefetchEnterprise(e.id);
    if (auto n = er.Line("name", true)) {
      if (n->empty()) er.Error("name", "must not be empty");
      e.name = *n;
    }
    e.short_name = er.Line("short_name", false).value_or("");
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
    e.links = ResolveLinkList(load, er, "links");
    if (er.Has("revenue")) e.revenue = LoadAmount(load, file, doc, er.PointerTo("revenue"), true);
    er.Claim("revenue");
    e.region = er.String("region", false).value_or("");
    if (er.Has("registered_capital"))
      e.registered_capital = LoadAmount(load, file, doc, er.PointerTo("registered_capital"), false);
    er.Claim("registered_capital");
    if (auto insured = er.Integer("insured", false, 0, 10'000'000))
      e.insured = static_cast<int>(*insured);
    e.former_names = er.StringList("former_names");
    e.contact = ContactField(er, doc, file, load.sink(), load.zone().as_of);
    if (const JsonRef ties = er.Array("ties", false)) {
      std::size_t t = 0;
      for (const JsonRef tie : ties.elements())
        LoadTie(load, file, doc, er.PointerTo("ties") + "/" + std::to_string(t++), tie, e);
    }
    e.note = er.String("note", false).value_or("");
    e.source = er.SourceField();
    e.extra = er.Rest();
    if (e.id.empty()) return;
    if (const auto first = load.zone().EnterpriseIndex(e.id)) {
      er.Error("id", DuplicateIdMessage(
                         "enterprise", e.id,
                         load.WhereRecord(ZoneLoad::RecordKind::kEnterprise, *first, "/id")));
      return;
    }
    if (!e.uscc.empty()) {
      if (auto [it, fresh] = load.uscc_owner.emplace(e.uscc, e.id); !fresh) {
        er.Error("uscc", "USCC '" + e.uscc + "' is also that of enterprise '" + it->second +
                             "': merge the two records");
        return;
      }
    }
    CheckSource(er, e.source, "enterprise '" + e.id + "'");
    if (e.links.empty())
      er.Warning("", "enterprise '" + e.id + "' is attached to no link: add \"links\"");
    if (local && *local != expect_local)
      er.Warning("local", std::string("a ") + (e.local ? "local" : "external") + " enterprise in " +
                              name + ": chainmap fmt moves it to " +
                              std::string(e.local ? kEnterprisesFile : kCandidatesFile));
    load.AddRecordOrigin(ZoneLoad::RecordKind::kEnterprise, slot, doc);
    load.zone().AddEnterprise(std::move(e));
  };
  const auto reserve = [&](std::size_t count) {
    load.zone().ReserveEnterprises(count);
    load.ReserveRecordOrigins(ZoneLoad::RecordKind::kEnterprise, count);
  };
  StreamRecordFile(load, name, "enterprises", reserve, load_record);
}

void LoadProjectFile(ZoneLoad& load) {
  CheckTies(load);
  const std::string name(kProjectsFile);
  Zone& zone = load.zone();
  EnterpriseIds enterprise_ids(zone);
  const auto load_record = [&](const std::string& file, const JsonDocument& doc, std::size_t index,
                               std::uint8_t slot) {
    const std::string pointer = "/projects/" + std::to_string(index);
    RecordReader pr(doc, file, pointer, load.sink());
    if (!pr.ok()) return;
    Project p;
    p.id = pr.Id("id", true).value_or("");
    p.name = pr.Line("name", true).value_or("");
    if (auto enterprise = pr.String("enterprise", false)) {
      p.enterprise = zone.EnterpriseIndex(*enterprise);
      if (!p.enterprise)
        pr.Error("enterprise", "unknown enterprise '" + *enterprise + "'" +
                                   DidYouMean(*enterprise, enterprise_ids()));
    }
    for (const std::string& partner : pr.StringList("partners")) {
      if (auto index = zone.EnterpriseIndex(partner))
        p.partners.push_back(*index);
      else
        pr.Error("partners",
                 "unknown enterprise '" + partner + "'" + DidYouMean(partner, enterprise_ids()));
    }
    p.links = ResolveLinkList(load, pr, "links");
    if (auto cluster = pr.String("cluster", false)) {
      p.cluster = zone.ClusterIndex(*cluster);
      if (!p.cluster) {
        std::vector<std::string> cluster_ids;
        for (const Cluster& c : zone.clusters) cluster_ids.push_back(c.id);
        pr.Error("cluster",
                 "unknown cluster '" + *cluster + "'" + DidYouMean(*cluster, cluster_ids) +
                     ": use a cluster listed in zone.json's \"clusters\", or add it there");
      }
    }
    // Bounded so that no sum of investments can overflow (docs/format.md): 1e5 亿元 per
    // project, 1e5 × any number of projects a zone can hold stays finite.
    p.investment = pr.Number("investment", false, 0, kMostInvestmentYi,
                             "the most a project can cost in 亿元 (10 万亿元; the largest cost a "
                             "few thousand 亿元): is the figure in 元 or 万元? Give it in 亿元");
    p.stage = ProjectStageField(pr).value_or(ProjectStage::kPlanned);
    p.as_of = DateField(pr, "as_of", false, zone.as_of);
    p.target = pr.String("target", false).value_or("");
    std::string last_dated;
    if (const JsonRef history = pr.Array("history", false)) {
      std::size_t h = 0;
      for (const JsonRef stage : history.elements()) {
        RecordReader hr(doc, file, pr.PointerTo("history") + "/" + std::to_string(h++), stage,
                        load.sink());
        if (!hr.ok()) continue;
        StageRecord record;
        record.stage = ProjectStageField(hr).value_or(ProjectStage::kPlanned);
        record.as_of = DateField(hr, "as_of", false, zone.as_of);
        // History is oldest first, and no stage is dated after the project's as_of.
        if (!record.as_of.empty() && !last_dated.empty() && DateAfter(last_dated, record.as_of))
          hr.Error("as_of", "'" + record.as_of + "' is before the date of the stage above it ('" +
                                last_dated + "'): list history oldest first");
        if (!record.as_of.empty()) last_dated = record.as_of;
        record.note = hr.String("note", false).value_or("");
        record.source = hr.SourceField();
        record.extra = hr.Rest();
        p.history.push_back(std::move(record));
      }
    }
    if (!p.as_of.empty() && !last_dated.empty() && DateAfter(last_dated, p.as_of))
      pr.Error("as_of", "'" + p.as_of + "' is before the date of the last stage in history ('" +
                            last_dated + "'): as_of is the date of the current stage");
    p.note = pr.String("note", false).value_or("");
    p.source = pr.SourceField();
    p.extra = pr.Rest();
    if (p.id.empty()) return;
    if (const Project* first = zone.FindProject(p.id)) {
      const auto at = static_cast<std::size_t>(first - zone.projects().data());
      pr.Error("id",
               DuplicateIdMessage("project", p.id,
                                  load.WhereRecord(ZoneLoad::RecordKind::kProject, at, "/id")));
      return;
    }
    CheckSource(pr, p.source, "project '" + p.id + "'");
    load.AddRecordOrigin(ZoneLoad::RecordKind::kProject, slot, doc);
    zone.AddProject(std::move(p));
  };
  StreamRecordFile(
      load, name, "projects", [](std::size_t) {}, load_record);
}

}  // namespace chainmap
