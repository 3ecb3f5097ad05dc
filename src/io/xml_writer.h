#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chainmap {

/// Builds an XML document as text, escaping every attribute value and text through
/// XmlEscape, so that no name in the data can break the document: characters XML 1.0
/// forbids become U+FFFD. Elements are opened and closed in order; an element with no
/// content is written as `<name .../>`. The one writer of the OOXML parts (the deck).
class XmlWriter {
 public:
  /// Starts a document with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
  XmlWriter();

  /// Opens `<name`; attributes follow until content or Close().
  XmlWriter& Open(std::string_view name);
  /// An attribute of the element just opened (the value is escaped).
  XmlWriter& Attr(std::string_view name, std::string_view value);
  XmlWriter& Attr(std::string_view name, long long value);
  /// Text content of the open element (escaped).
  XmlWriter& Text(std::string_view text);
  /// Closes the innermost open element.
  XmlWriter& Close();
  /// `<name/>` with attributes given as name/value pairs.
  XmlWriter& Leaf(std::string_view name,
                  std::initializer_list<std::pair<std::string_view, std::string_view>> attrs = {});
  /// Appends already well-formed XML (e.g. a fragment made by another XmlWriter's
  /// Fragment()) as content of the open element.
  XmlWriter& Raw(std::string_view xml);

  /// The document; every element must be closed.
  std::string Finish();
  /// The content written so far, without the XML declaration: for a fragment built to be
  /// inserted with Raw(). Every element must be closed.
  std::string Fragment();

 private:
  void EndStartTag();

  std::string out_;
  std::size_t body_ = 0;  ///< Where the content after the declaration starts.
  std::vector<std::string> open_;
  bool in_start_tag_ = false;
};

}  // namespace chainmap
