#pragma once

#include "src/model/enums.h"
#include "src/model/record.h"

namespace chainmap {

/// The zone's analysis settings (zone.json "settings"); see docs/format.md.
struct Settings {
  /// A link is strong with a local leader or at least this many local 规上 enterprises.
  int strong_min_scale = 2;
  /// A project at this stage or later makes the links it serves "filling".
  ProjectStage filling_stage = ProjectStage::kSigned;
  /// Completeness credit of a weak link (a strong link counts 1, a missing one 0).
  double weak_credit = 0.5;
  /// Completeness credit of a filling link.
  double filling_credit = 0.0;
  /// A link dominating at least this many other links is a chokepoint (卡脖子).
  int chokepoint_min_dominated = 2;
  /// Settings chainmap does not know, kept as written.
  Extra extra = Extra::object();
  friend bool operator==(const Settings&, const Settings&) = default;
};

}  // namespace chainmap
