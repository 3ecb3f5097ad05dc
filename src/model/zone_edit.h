#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "src/model/enterprise.h"
#include "src/model/enums.h"
#include "src/model/project.h"
#include "src/model/zone.h"

namespace chainmap {

/// What a sourced edit does to a zone.
enum class EditKind {
  kAddEnterprise,    ///< A new enterprise record (`enterprise`).
  kMergeFields,      ///< Fills fields the enterprise lacks from `enterprise`; never overwrites.
  kAttachToLink,     ///< Attaches enterprise `target` to `link`.
  kAddProject,       ///< A new project record (`project`).
  kSetProjectStage,  ///< Moves project `target` to `stage` as of `as_of`, keeping history.
};

/// One proposed change to a zone and where it comes from. Importers and the summary
/// extractor produce lists of these; the command line shows them, then applies them.
struct ZoneEdit {
  EditKind kind = EditKind::kAddEnterprise;
  std::string target;     ///< Id of the enterprise or project changed (or added).
  Enterprise enterprise;  ///< kAddEnterprise: the record; kMergeFields: the fields offered.
  Project project;        ///< kAddProject: the record.
  LinkKey link;           ///< kAttachToLink.
  ProjectStage stage = ProjectStage::kPlanned;  ///< kSetProjectStage.
  std::string as_of;                            ///< kSetProjectStage: date of the new stage.
  /// Where the edit comes from, e.g. "import: 企业名单.xlsx row 7 (exported 2024-06-30)";
  /// added to the source of every record the edit changes.
  std::string source;
};

/// What applying one edit changed: the fields filled (empty when nothing changed).
struct EditOutcome {
  std::vector<std::string> changed;  ///< "uscc", "links", "tags", "registered_capital"…
};

/// Applies edits in order. An edit naming an unknown enterprise or project, or adding an
/// id that exists, throws std::invalid_argument (the producer's bug, not the user's).
std::vector<EditOutcome> ApplyZoneEdits(Zone& zone, const std::vector<ZoneEdit>& edits);
/// The same, moving the new records into the zone instead of copying them (an import of
/// 200k rows adds 130k enterprises); `edits` are left moved from.
std::vector<EditOutcome> ApplyZoneEdits(Zone& zone, std::vector<ZoneEdit>&& edits);
/// The same for the deque an importer collects its edits in (a ZoneEdit is about 1 KB:
/// a deque never moves the edits already made as it grows). Named apart so that a braced
/// list of edits still means the vector.
std::vector<EditOutcome> ApplyZoneEditDeque(Zone& zone, std::deque<ZoneEdit>&& edits);

/// The kMergeFields rule: fills what `to` lacks from `from` and adds new tags, former
/// names and links; never overwrites. Returns the names of the fields changed.
std::vector<std::string> MergeEnterpriseFields(Enterprise& to, const Enterprise& from);

/// One line describing an edit for a person checking it before it is applied:
/// "add enterprise 富联科技（济源）有限公司 (imp-…) to electronics/cnc-machining".
std::string DescribeZoneEdit(const Zone& zone, const ZoneEdit& edit);

/// The edit kind's name in lists and CSV: "add-enterprise", "merge-fields"…
std::string_view ToString(EditKind kind);

}  // namespace chainmap
