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
  /// Settings chainmap does not know, kept as written.
  Extra extra = Extra::object();
  friend bool operator==(const Settings&, const Settings&) = default;
};

}  // namespace chainmap
