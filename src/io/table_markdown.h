#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "src/io/table.h"

namespace chainmap {

/// Writes a table as a GitHub-flavoured Markdown section: "## title", a blank line and
/// a pipe table, number columns right-aligned. Cell text is escaped (MarkdownCell).
void WriteMarkdown(const Table& table, std::ostream& out);

/// Cell text made safe inside a pipe table: "|" and "\" are backslash-escaped and a
/// line break becomes "<br>", so no cell can split a row or add a column.
std::string MarkdownCell(std::string_view text);

}  // namespace chainmap
