#pragma once

#include <ostream>

#include "src/analysis/zone_diff.h"

namespace chainmap {

/// The diff as JSON (documented in docs/cli.md): every changed project by id and name
/// with its old and new stage, links, completeness and top-list targets.
void WriteDiffJson(const ZoneDiff& diff, std::ostream& out);

/// The diff for a person, in Chinese (names, no ids): plain text or Markdown.
void WriteDiffText(const ZoneDiff& diff, std::ostream& out);
void WriteDiffMarkdown(const ZoneDiff& diff, std::ostream& out);

}  // namespace chainmap
