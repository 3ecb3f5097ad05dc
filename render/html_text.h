#pragma once

#include <string>
#include <string_view>

namespace chainmap {

/// Text for a Graphviz HTML-like label that renders literally: `& < > " '` become
/// entities and a backslash is doubled (Graphviz expands `\N`, `\G`, ... even in HTML
/// labels, and even when the backslash is written as `&#92;`).
std::string HtmlText(std::string_view text);

/// A DOT double-quoted string: quotes and backslashes escaped, newlines as `\n`.
std::string DotQuoted(std::string_view text);

/// `text` cut to at most `max_chars` characters (UTF-8 code points), with "…" when cut.
std::string Ellipsize(std::string_view text, std::size_t max_chars);

}  // namespace chainmap
