#pragma once

#include <deque>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "src/io/registry_row.h"
#include "src/model/link_matcher.h"
#include "src/model/zone.h"
#include "src/model/zone_edit.h"

namespace chainmap {

/// What became of one registry row.
enum class RowDecision { kImported, kMerged, kUnchanged, kSkipped };

/// One row's decision and its reason, for the dry run and its CSV.
struct RowReport {
  std::size_t row = 0;
  std::string name;
  RowDecision decision = RowDecision::kSkipped;
  std::string enterprise;      ///< The enterprise id it became or merged into.
  std::vector<LinkKey> links;  ///< Links it is attached to (new ones for a merge).
  std::string reason;          ///< Why, in one line.
  std::string flag;            ///< Something a person must check (an invalid USCC).
};

/// "imported", "merged", "unchanged", "skipped".
std::string_view ToString(RowDecision decision);

/// Judges registry rows against a zone as a planner would (docs/import.md) and turns them
/// into sourced edits: closed firms (注销, 吊销, 撤销, 迁出…) are skipped; a firm is local
/// when its 省/市/区县 are the zone's region; it is placed by LinkMatcher; it merges with an
/// existing enterprise by USCC, then by exact or normalised name (also 简称 and 曾用名),
/// and a later row of the same file merges with the firm an earlier row added. Nothing
/// is changed until the edits are applied. Linear in the rows.
class RegistryImporter {
 public:
  /// `source_file` and `export_date` go into every edit's source:
  /// "import: FILE row N (exported DATE)".
  RegistryImporter(const Zone& zone, std::string source_file, std::string export_date);

  void Add(const RegistryRow& row);

  const std::vector<RowReport>& rows() const { return rows_; }
  /// The edits, in a deque: a ZoneEdit is about 1 KB, and a vector moved them all at
  /// each doubling.
  const std::deque<ZoneEdit>& edits() const { return edits_; }
  /// The edits, moved out (to apply them without copying); no row may be added after.
  std::deque<ZoneEdit> TakeEdits() { return std::move(edits_); }

 private:
  /// The enterprise a row is, by USCC then its `names` as written and `normalised`
  /// (NormalizeEnterpriseName of each): an id, or "" with `why` if ambiguous.
  std::string FindExisting(const RegistryRow& row, const std::vector<std::string>& names,
                           const std::vector<std::string>& normalised, std::string& how) const;
  void Index(const std::string& id, const std::string& uscc, const std::vector<std::string>& names,
             const std::vector<std::string>& normalised);
  std::vector<std::string> Normalised(const std::vector<std::string>& names) const;
  std::string NewId(const RegistryRow& row) const;

  const Zone& zone_;
  LinkMatcher matcher_;
  std::string source_file_, export_date_;
  std::vector<std::string> places_;
  std::unordered_map<std::string, std::string> by_uscc_;
  std::unordered_map<std::string, std::vector<std::string>> by_name_;  ///< Normalised → ids.
  std::unordered_map<std::string, std::size_t> added_;          ///< New id → index of its edit.
  std::unordered_map<std::string, std::string> existing_uscc_;  ///< Id → its USCC.
  std::vector<RowReport> rows_;
  std::deque<ZoneEdit> edits_;
};

/// Whether a 登记状态 says the firm no longer operates: 注销, 吊销, 撤销, 迁出, 停业, 清算,
/// 歇业, 责令关闭, 除名 (吊销未注销 included).
bool IsClosedStatus(std::string_view status);

}  // namespace chainmap
