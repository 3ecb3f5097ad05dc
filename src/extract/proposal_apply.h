#pragma once

#include <string>

#include "src/extract/extraction.h"
#include "src/model/zone.h"

namespace chainmap {

/// What ApplyProposals did.
struct ApplyCounts {
  std::size_t projects_added = 0;
  std::size_t stages_changed = 0;
  std::size_t amounts_added = 0;
  std::size_t facts_added = 0;
  std::size_t skipped = 0;  ///< Below the confidence asked for, or already in the zone.
};

/// Options for ApplyProposals.
struct ApplyOptions {
  std::string document;         ///< How records cite the summary: its file name.
  double min_confidence = 0.7;  ///< Proposals below this are left out.
};

/// Writes accepted proposals into the zone as sourced records, each citing
/// "<document> <section>": a new project (id "<year>-<n>-<slug>" free in the zone, stage,
/// amount, target, the likely links and enterprise found by MatchZone); a stage change
/// (the old stage kept in the project's history); an amount a known project lacked; a fact
/// whose text the zone does not have yet. Proposals must have been matched (MatchZone)
/// against this zone.
ApplyCounts ApplyProposals(const Extraction& extraction, const ApplyOptions& options, Zone& zone);

}  // namespace chainmap
