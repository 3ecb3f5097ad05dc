#include "src/model/zone_edit.h"

#include <algorithm>
#include <stdexcept>

namespace chainmap {
namespace {

template <typename T>
bool AddMissing(T& to, const T& items) {
  bool changed = false;
  for (const auto& item : items)
    if (std::find(to.begin(), to.end(), item) == to.end()) {
      to.push_back(item);
      changed = true;
    }
  return changed;
}

/// AddMissing of one item, without a list around it.
template <typename T>
bool AddOne(std::vector<T>& to, const T& item) {
  if (std::find(to.begin(), to.end(), item) != to.end()) return false;
  to.push_back(item);
  return true;
}

std::size_t EnterpriseAt(const Zone& zone, const std::string& id) {
  const auto index = zone.EnterpriseIndex(id);
  if (!index) throw std::invalid_argument("zone edit: unknown enterprise '" + id + "'");
  return *index;
}

std::size_t ProjectAt(const Zone& zone, const std::string& id) {
  for (std::size_t i = 0; i < zone.projects().size(); ++i)
    if (zone.projects()[i].id == id) return i;
  throw std::invalid_argument("zone edit: unknown project '" + id + "'");
}

}  // namespace

std::vector<std::string> MergeEnterpriseFields(Enterprise& to, const Enterprise& from) {
  std::vector<std::string> changed;
  const auto fill = [&](auto& field, const auto& value, bool empty, bool offered,
                        const char* name) {
    if (empty && offered) {
      field = value;
      changed.emplace_back(name);
    }
  };
  fill(to.uscc, from.uscc, to.uscc.empty(), !from.uscc.empty(), "uscc");
  fill(to.short_name, from.short_name, to.short_name.empty(), !from.short_name.empty(),
       "short_name");
  fill(to.region, from.region, to.region.empty(), !from.region.empty(), "region");
  fill(to.revenue, from.revenue, !to.revenue, from.revenue.has_value(), "revenue");
  fill(to.registered_capital, from.registered_capital, !to.registered_capital,
       from.registered_capital.has_value(), "registered_capital");
  fill(to.insured, from.insured, !to.insured, from.insured.has_value(), "insured");
  if (AddMissing(to.tags, from.tags)) changed.emplace_back("tags");
  if (AddMissing(to.former_names, from.former_names)) changed.emplace_back("former_names");
  if (AddMissing(to.links, from.links)) changed.emplace_back("links");
  return changed;
}

std::string_view ToString(EditKind kind) {
  switch (kind) {
    case EditKind::kAddEnterprise:
      return "add-enterprise";
    case EditKind::kMergeFields:
      return "merge-fields";
    case EditKind::kAttachToLink:
      return "attach-to-link";
    case EditKind::kAddProject:
      return "add-project";
    case EditKind::kSetProjectStage:
      return "set-project-stage";
  }
  return "?";
}

std::vector<EditOutcome> ApplyZoneEdits(Zone& zone, const std::vector<ZoneEdit>& edits) {
  return ApplyZoneEdits(zone, std::vector<ZoneEdit>(edits));
}

namespace {

/// ApplyZoneEdits over a vector or a deque of edits, moving the new records out of them.
template <typename Edits>
std::vector<EditOutcome> ApplyAll(Zone& zone, Edits& edits) {
  std::vector<EditOutcome> outcomes;
  outcomes.reserve(edits.size());
  // Room for the new enterprises at once: the table does not move record by record.
  zone.ReserveEnterprises(
      static_cast<std::size_t>(std::count_if(edits.begin(), edits.end(), [](const ZoneEdit& e) {
        return e.kind == EditKind::kAddEnterprise;
      })));
  for (ZoneEdit& edit : edits) {
    EditOutcome outcome;
    switch (edit.kind) {
      case EditKind::kAddEnterprise: {
        if (zone.FindEnterprise(edit.enterprise.id))
          throw std::invalid_argument("zone edit: enterprise '" + edit.enterprise.id + "' exists");
        Enterprise& e = edit.enterprise;
        AddOne(e.source, edit.source);
        zone.AddEnterprise(std::move(e));
        outcome.changed.emplace_back("enterprise");
        break;
      }
      case EditKind::kMergeFields: {
        Enterprise& e = zone.enterprise(EnterpriseAt(zone, edit.target));
        outcome.changed = MergeEnterpriseFields(e, edit.enterprise);
        if (!outcome.changed.empty()) AddOne(e.source, edit.source);
        break;
      }
      case EditKind::kAttachToLink: {
        Enterprise& e = zone.enterprise(EnterpriseAt(zone, edit.target));
        if (AddOne(e.links, edit.link)) {
          outcome.changed.emplace_back("links");
          AddOne(e.source, edit.source);
        }
        break;
      }
      case EditKind::kAddProject: {
        if (zone.FindProject(edit.project.id))
          throw std::invalid_argument("zone edit: project '" + edit.project.id + "' exists");
        Project& p = edit.project;
        AddOne(p.source, edit.source);
        zone.AddProject(std::move(p));
        outcome.changed.emplace_back("project");
        break;
      }
      case EditKind::kSetProjectStage: {
        Project& p = zone.project(ProjectAt(zone, edit.target));
        if (p.stage != edit.stage) {
          p.history.push_back({p.stage, p.as_of, "", p.source, Extra()});
          p.stage = edit.stage;
          p.as_of = edit.as_of;
          AddOne(p.source, edit.source);
          outcome.changed.emplace_back("stage");
        }
        break;
      }
    }
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

}  // namespace

std::vector<EditOutcome> ApplyZoneEdits(Zone& zone, std::vector<ZoneEdit>&& edits) {
  return ApplyAll(zone, edits);
}

std::vector<EditOutcome> ApplyZoneEditDeque(Zone& zone, std::deque<ZoneEdit>&& edits) {
  return ApplyAll(zone, edits);
}

std::string DescribeZoneEdit(const Zone& zone, const ZoneEdit& edit) {
  const auto links = [&](const std::vector<LinkKey>& keys) {
    std::string out;
    for (const LinkKey key : keys) out += (out.empty() ? "" : ", ") + zone.QualifiedId(key);
    return out;
  };
  switch (edit.kind) {
    case EditKind::kAddEnterprise:
      return "add " + std::string(edit.enterprise.local ? "local" : "external") + " enterprise " +
             edit.enterprise.name + " (" + edit.enterprise.id + ") on " +
             links(edit.enterprise.links);
    case EditKind::kMergeFields: {
      std::string fields;
      const Enterprise& e = edit.enterprise;
      const auto add = [&](bool offered, const char* name) {
        if (offered) fields += (fields.empty() ? "" : ", ") + std::string(name);
      };
      add(!e.uscc.empty(), "uscc");
      add(!e.region.empty(), "region");
      add(e.revenue.has_value(), "revenue");
      add(e.registered_capital.has_value(), "registered_capital");
      add(e.insured.has_value(), "insured");
      add(!e.tags.empty(), "tags");
      add(!e.former_names.empty(), "former_names");
      add(!e.links.empty(), "links");
      return "merge into " + edit.target + " where empty: " + fields;
    }
    case EditKind::kAttachToLink:
      return "attach " + edit.target + " to " + zone.QualifiedId(edit.link);
    case EditKind::kAddProject:
      return "add project " + edit.project.name + " (" + edit.project.id + ")";
    case EditKind::kSetProjectStage:
      return "set project " + edit.target + " to stage " + std::string(ToString(edit.stage)) +
             (edit.as_of.empty() ? "" : " as of " + edit.as_of);
  }
  return "?";
}

}  // namespace chainmap
