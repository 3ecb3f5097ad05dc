#pragma once

#include <ostream>

#include "src/extract/extraction.h"

namespace chainmap {

/// The proposals as JSON (documented in docs/cli.md): projects, stage_changes, facts.
void WriteExtractJson(const Extraction& extraction, std::ostream& out);

/// The proposals for a person to review, in Chinese: plain text or Markdown tables.
void WriteExtractText(const Extraction& extraction, std::ostream& out);
void WriteExtractMarkdown(const Extraction& extraction, std::ostream& out);

}  // namespace chainmap
