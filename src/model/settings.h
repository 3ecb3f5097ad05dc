#pragma once

#include "src/model/enums.h"
#include "src/model/record.h"

namespace chainmap {

/// Weights of a recruitment target's score parts (zone.json "settings" →
/// "target_weights"); each part is a share in [0, 1] times its weight. Defaults sum to 100.
struct TargetWeights {
  double gap = 40;          ///< The gap's priority (type, connectivity gain, dominance).
  double named = 20;        ///< Named by the zone's documents; its project's stage and size.
  double distance = 12;     ///< Nearness of the candidate's home to the zone.
  double scale = 10;        ///< Listed, tags, revenue, registered capital, employees.
  double relatedness = 10;  ///< The candidate's other links next to the zone's present ones.
  double ties = 8;          ///< Group, supplier or customer ties to local enterprises.
  friend bool operator==(const TargetWeights&, const TargetWeights&) = default;
};

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
  /// Weights of the target score's parts.
  TargetWeights target_weights;
  /// Settings chainmap does not know, kept as written.
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const Settings&, const Settings&) = default;
};

}  // namespace chainmap
