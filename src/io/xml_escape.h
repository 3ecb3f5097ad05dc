#pragma once

#include <string>
#include <string_view>

namespace chainmap {

/// Text made safe for XML 1.0 (and HTML) content and attribute values: & < > " ' become
/// entities, and characters XML 1.0 forbids (control characters other than tab, LF, CR;
/// U+FFFE, U+FFFF) and bytes that are not well-formed UTF-8 each become U+FFFD. Used by
/// the GraphML writer, the index page and XmlWriter (the PPTX deck).
std::string XmlEscape(std::string_view text);

}  // namespace chainmap
