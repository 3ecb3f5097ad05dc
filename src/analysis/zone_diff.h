#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/analysis/gap_analysis.h"
#include "src/analysis/link_status.h"
#include "src/model/zone.h"

namespace chainmap {

/// A project in one zone or both, matched by id: its stage and amount on each side.
struct ProjectChange {
  std::string id;
  std::string name;
  std::optional<ProjectStage> old_stage, new_stage;  ///< nullopt: not in that zone.
  std::optional<double> old_investment, new_investment;
};

/// A link whose status or gap type differs (matched by "chain/link"); a link only one
/// zone has has no status on the other side.
struct LinkChange {
  std::string link;  ///< "chain/link".
  std::string chain_name, link_name;
  std::optional<LinkStatus> old_status, new_status;
  std::optional<GapType> old_gap, new_gap;
};

/// Completeness of a chain (or, with an empty chain id, the zone) on both sides.
struct CompletenessChange {
  std::string chain;  ///< Empty for the whole zone.
  std::string name;
  std::optional<double> old_value, new_value;
};

/// A recruitment target (candidate at a gap link) that entered or left the top list.
struct TargetChange {
  std::string link;  ///< "chain/link".
  std::string link_name;
  std::string candidate;  ///< Enterprise id.
  std::string candidate_name;
  std::size_t rank = 0;  ///< 1-based place in the list it is in (new list if entered).
  bool entered = false;
};

/// What changed between two states of a zone; every list is sorted by id, but targets.
struct ZoneDiff {
  std::string old_as_of, new_as_of;
  std::vector<ProjectChange> added, removed, advanced, set_back, amount_changed;
  std::vector<LinkChange> links;
  std::vector<CompletenessChange> completeness;  ///< The zone first, then each chain.
  std::vector<TargetChange> targets;             ///< Left by old rank, then entered by new.
  std::size_t top = 0;                           ///< Length of the top list compared.
};

/// Candidates kept per gap link in the target lists compared, as `chainmap targets` keeps.
inline constexpr std::size_t kCandidatesPerLink = 3;

/// Compares two zones: projects by id (added, removed, stage advanced or set back, amount
/// changed), links by "chain/link" (status or gap type changed), completeness per chain
/// and for the zone, and the `top` best recruitment targets of each (at most kCandidatesPerLink a
/// link).
ZoneDiff DiffZones(const Zone& old_zone, const Zone& new_zone, std::size_t top = 10);

}  // namespace chainmap
