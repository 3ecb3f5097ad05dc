#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "src/analysis/zone_diff.h"

namespace chainmap {

/// How a link changed, in Chinese: "缺 → 弱（延链 → 强链）" (the gap type when it changed).
std::string LinkChangeText(const LinkChange& change);

/// The header note of a diff's chain map: what the marked lines mean, since when, and how
/// many of the chain's links changed.
std::string ChangeMapNote(const ZoneDiff& diff, std::size_t changed);

/// The diff as JSON (documented in docs/cli.md): every changed project by id and name
/// with its old and new stage, links, completeness and top-list targets.
void WriteDiffJson(const ZoneDiff& diff, std::ostream& out);

/// The diff for a person, in Chinese (names, no ids): plain text or Markdown.
void WriteDiffText(const ZoneDiff& diff, std::ostream& out);
void WriteDiffMarkdown(const ZoneDiff& diff, std::ostream& out);

}  // namespace chainmap
