#include "src/report/list_registry.h"

#include <array>

#include "src/report/completeness_list.h"
#include "src/report/enterprise_list.h"
#include "src/report/gap_list.h"
#include "src/report/progress_list.h"
#include "src/report/project_list.h"
#include "src/report/target_list.h"
#include "src/report/target_progress_tables.h"

namespace chainmap {
namespace {

const std::array kBuilders{
    ListBuilder{"enterprises", BuildEnterpriseList},
    ListBuilder{"projects", BuildProjectList},
    ListBuilder{"project-totals", BuildProjectTotals},
    ListBuilder{"progress", BuildProgressList},
    ListBuilder{"stage-totals", BuildStageTotals},
    ListBuilder{"targets-progress", BuildTargetProgressList},
    ListBuilder{"project-check", BuildProjectCheckList},
    ListBuilder{"gaps", BuildGapList},
    ListBuilder{"targets", BuildTargetList},
    ListBuilder{"completeness", BuildCompletenessList},
};

}  // namespace

std::span<const ListBuilder> ListBuilders() { return kBuilders; }

std::vector<Table> BuildLists(const ListInputs& inputs) {
  std::vector<Table> tables;
  for (const ListBuilder& builder : kBuilders) {
    tables.push_back(builder.build(inputs));
    tables.back().stem = builder.stem;
  }
  return tables;
}

}  // namespace chainmap
