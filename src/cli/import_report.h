#pragma once

#include <deque>
#include <ostream>
#include <string>
#include <vector>

#include "src/analysis/gap_analysis.h"
#include "src/io/registry_import.h"
#include "src/io/registry_reader.h"
#include "src/io/table.h"
#include "src/model/zone.h"

namespace chainmap {

/// One chain before and after an import.
struct ChainEffect {
  std::string chain;  ///< Id.
  Completeness before, after;
};

/// Status counts and completeness of every chain of `before` and `after`.
std::vector<ChainEffect> CompareChains(const Zone& before, const Zone& after);

/// The per-row decisions as a table: 行, 企业名称, 结果, 企业, 环节, 原因, 须核对. `zone`
/// names the links (before or after the edits, which leave the chains alone).
Table ImportRowsTable(const Zone& zone, const std::vector<RowReport>& rows);
/// The chains' statuses and completeness before → after as a table.
Table ImportChainsTable(const std::vector<ChainEffect>& effects);

/// The dry run (and the applied run) as text, first part: what was read, the rows'
/// decisions and the edits. `zone` names the links: the zone before or after the edits,
/// which leave the chains alone (so the edits can be written before they are applied).
void WriteImportText(std::ostream& out, const RegistryFileInfo& info, const Zone& zone,
                     const std::vector<RowReport>& rows, const std::deque<ZoneEdit>& edits);
/// The second part, after WriteImportText: the chains before → after.
void WriteImportChainsText(std::ostream& out, const std::vector<ChainEffect>& effects);

}  // namespace chainmap
