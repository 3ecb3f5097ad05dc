#include "src/io/record_file_loader.h"

#include <map>
#include <optional>
#include <vector>

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

/// The record array of a record file; its other top-level fields are kept as unknown.
const Json* OpenRecordFile(ZoneLoad& load, RecordReader& top, const std::string& key,
                           const std::string& name) {
  if (!top.ok()) return nullptr;
  const Json* items = top.Array(key, true);
  Extra rest = top.Rest();
  if (!rest.empty()) load.zone().file_extra[name] = std::move(rest);
  return items;
}

std::optional<Revenue> LoadRevenue(ZoneLoad& load, const ZoneDocument& doc,
                                   const std::string& pointer) {
  RecordReader rr(doc.json, doc.file, pointer, load.sink());
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

void LoadTie(ZoneLoad& load, const ZoneDocument& doc, const std::string& pointer,
             Enterprise& e) {
  RecordReader r(doc.json, doc.file, pointer, load.sink());
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
  load.pending_ties.push_back({tie.enterprise, doc.file, doc.json.PositionOf(at), at});
  e.ties.push_back(std::move(tie));
}

/// Ties name enterprises of either file: checked once both are read.
void CheckTies(ZoneLoad& load) {
  std::vector<std::string> ids;
  for (const Enterprise& e : load.zone().enterprises()) ids.push_back(e.id);
  for (const ZoneLoad::PendingTie& t : load.pending_ties)
    if (!load.zone().EnterpriseIndex(t.enterprise))
      load.sink().Add({Severity::kError, t.file, t.position, t.pointer,
                       "unknown enterprise '" + t.enterprise + "'" + DidYouMean(t.enterprise, ids)});
  load.pending_ties.clear();
}

}  // namespace

void LoadEnterpriseFile(ZoneLoad& load, const std::string& name, bool expect_local) {
  auto doc = load.Parse(name, false);
  if (!doc) return;
  RecordReader top(doc->json, doc->file, "", load.sink());
  const Json* items = OpenRecordFile(load, top, "enterprises", name);
  if (!items) return;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string pointer = "/enterprises/" + std::to_string(i);
    RecordReader er(doc->json, doc->file, pointer, load.sink());
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
    e.links = ResolveLinkList(load, er, "links");
    if (er.Has("revenue")) e.revenue = LoadRevenue(load, *doc, er.PointerTo("revenue"));
    er.Claim("revenue");
    e.region = er.String("region", false).value_or("");
    if (er.Has("registered_capital"))
      e.registered_capital = LoadRevenue(load, *doc, er.PointerTo("registered_capital"));
    er.Claim("registered_capital");
    if (auto insured = er.Integer("insured", false, 0, 10'000'000))
      e.insured = static_cast<int>(*insured);
    e.former_names = er.StringList("former_names");
    if (const Json* ties = er.Array("ties", false))
      for (std::size_t t = 0; t < ties->size(); ++t)
        LoadTie(load, *doc, er.PointerTo("ties") + "/" + std::to_string(t), e);
    e.note = er.String("note", false).value_or("");
    e.source = er.SourceField();
    e.extra = er.Rest();
    if (e.id.empty()) continue;
    const std::string here = Where(*doc, pointer + "/id");
    if (auto [it, fresh] = load.enterprise_at.emplace(e.id, here); !fresh) {
      er.Error("id", DuplicateIdMessage("enterprise", e.id, it->second));
      continue;
    }
    if (!e.uscc.empty()) {
      if (auto [it, fresh] = load.uscc_owner.emplace(e.uscc, e.id); !fresh) {
        er.Error("uscc", "USCC '" + e.uscc + "' is also that of enterprise '" + it->second +
                             "': merge the two records");
        continue;
      }
    }
    CheckSource(er, e.source, "enterprise '" + e.id + "'");
    if (e.links.empty())
      er.Warning("", "enterprise '" + e.id + "' is attached to no link: add \"links\"");
    if (local && *local != expect_local)
      er.Warning("local", std::string("a ") + (e.local ? "local" : "external") + " enterprise in " +
                              name + ": chainmap fmt moves it to " +
                              std::string(e.local ? kEnterprisesFile : kCandidatesFile));
    load.zone().AddEnterprise(std::move(e));
  }
}

void LoadProjectFile(ZoneLoad& load) {
  CheckTies(load);
  const std::string name(kProjectsFile);
  auto doc = load.Parse(name, false);
  if (!doc) return;
  RecordReader top(doc->json, doc->file, "", load.sink());
  const Json* items = OpenRecordFile(load, top, "projects", name);
  if (!items) return;
  Zone& zone = load.zone();
  std::map<std::string, std::string> seen;
  std::vector<std::string> enterprise_ids;
  for (const Enterprise& e : zone.enterprises()) enterprise_ids.push_back(e.id);
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string pointer = "/projects/" + std::to_string(i);
    RecordReader pr(doc->json, doc->file, pointer, load.sink());
    if (!pr.ok()) continue;
    Project p;
    p.id = pr.Id("id", true).value_or("");
    p.name = pr.String("name", true).value_or("");
    if (auto enterprise = pr.String("enterprise", false)) {
      p.enterprise = zone.EnterpriseIndex(*enterprise);
      if (!p.enterprise)
        pr.Error("enterprise", "unknown enterprise '" + *enterprise + "'" +
                                   DidYouMean(*enterprise, enterprise_ids));
    }
    for (const std::string& partner : pr.StringList("partners")) {
      if (auto index = zone.EnterpriseIndex(partner))
        p.partners.push_back(*index);
      else
        pr.Error("partners",
                 "unknown enterprise '" + partner + "'" + DidYouMean(partner, enterprise_ids));
    }
    p.links = ResolveLinkList(load, pr, "links");
    p.investment = pr.Number("investment", false, 0);
    p.stage = ProjectStageField(pr).value_or(ProjectStage::kPlanned);
    p.as_of = DateField(pr, "as_of", false);
    p.target = pr.String("target", false).value_or("");
    if (const Json* history = pr.Array("history", false)) {
      for (std::size_t h = 0; h < history->size(); ++h) {
        RecordReader hr(doc->json, doc->file, pr.PointerTo("history") + "/" + std::to_string(h),
                        load.sink());
        if (!hr.ok()) continue;
        StageRecord record;
        record.stage = ProjectStageField(hr).value_or(ProjectStage::kPlanned);
        record.as_of = DateField(hr, "as_of", false);
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
      pr.Error("id", DuplicateIdMessage("project", p.id, Where(*doc, it->second + "/id")));
      continue;
    }
    CheckSource(pr, p.source, "project '" + p.id + "'");
    zone.AddProject(std::move(p));
  }
}

}  // namespace chainmap
