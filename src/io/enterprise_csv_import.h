#pragma once

#include <string>
#include <vector>

#include "src/io/diagnostic.h"
#include "src/io/enterprise_csv.h"
#include "src/model/zone.h"

namespace chainmap {

/// What an import did, row by row.
struct ImportReport {
  std::size_t imported = 0;          ///< Rows that became new enterprises.
  std::size_t merged = 0;            ///< Rows that added something to an existing enterprise.
  std::size_t unchanged = 0;         ///< Rows that matched an enterprise and added nothing.
  std::vector<Diagnostic> rejected;  ///< One error per bad row, "FILE:ROW: reason".
  std::vector<Diagnostic> notes;     ///< Values kept because the zone already had one.
};

/// Adds the rows of an enterprise CSV to a zone (rules in docs/cli.md, chainmap import):
/// each row attaches to the links it names, or else to the links whose industry codes
/// match its 行业代码 most specifically; it merges into the enterprise with the same USCC,
/// else the same name, filling in what that enterprise lacks and never overwriting;
/// otherwise it becomes a new enterprise "imp-<uscc>" (or "imp-<slug or hash of the
/// name>"). `source_name` (the file's name) goes into sources as "import: NAME row N".
/// A row that cannot be attached or contradicts the zone is rejected and changes nothing.
ImportReport ImportEnterprises(Zone& zone, const EnterpriseCsv& csv,
                               const std::string& source_name);

/// Whether a link's industry code covers an enterprise's: same digits or a prefix of
/// them ("C31" covers "C3130" and "3130"), and the same section letter when both have one.
bool IndustryCodeCovers(const std::string& link_code, const std::string& enterprise_code);

/// The id a new imported enterprise gets, before making it unique.
std::string ImportedEnterpriseId(const std::string& uscc, const std::string& name);

}  // namespace chainmap
