#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "src/io/table.h"

namespace chainmap {

/// Writes a table as a GitHub-flavoured Markdown section: "## title", a blank line and
/// a pipe table, number columns right-aligned. Cell text is escaped (MarkdownCell).
void WriteMarkdown(const Table& table, std::ostream& out);

/// The pipe table alone (header, alignment row, rows), for a document that sets its own
/// headings; the table's title is not written.
void WriteMarkdownRows(const Table& table, std::ostream& out);

/// Text made safe inside a pipe table or a heading: "|", "\" and the characters that
/// start emphasis, code, links, HTML or an entity (< > & * _ ` [ ] ~) are
/// backslash-escaped; a line break becomes "<br>", so no cell can split a row or add a
/// column. (Renderers that turn bare URLs or :emoji: into links or pictures still do.)
std::string MarkdownCell(std::string_view text);

}  // namespace chainmap
