#pragma once

#include <string>
#include <string_view>

namespace chainmap {

/// Text made safe for XML 1.0 (and HTML) content and attribute values: & < > " ' become
/// entities, and characters XML 1.0 forbids (control characters other than tab, LF, CR)
/// become U+FFFD. Used by the GraphML writer and the index page.
std::string XmlEscape(std::string_view text);

}  // namespace chainmap
