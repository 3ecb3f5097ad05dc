#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/map_style.h"

namespace chainmap {

/// An element of a Graphviz HTML-like label (TABLE, TR, TD, FONT, B, BR) with its
/// attributes in order and its children, or a run of text. Text is escaped once, when the
/// label is written, so that no name is ever read as markup.
class HtmlLabel {
 public:
  using Attributes = std::vector<std::pair<std::string, std::string>>;

  /// An element `<tag attributes>children</tag>` (or `<tag attributes/>` for BR).
  explicit HtmlLabel(std::string tag, Attributes attributes = {});
  /// A run of text, shown literally.
  static HtmlLabel Text(std::string_view text);
  /// Text in a style: `<FONT POINT-SIZE COLOR>`, bold inside.
  static HtmlLabel Font(std::string_view text, const TextStyle& style);

  /// Appends a child; returns *this for chaining.
  HtmlLabel& Add(HtmlLabel child);
  bool empty() const { return tag_.empty() && children_.empty() && text_.empty(); }

  /// The label's markup, for `label=<…>`.
  std::string Markup() const;

 private:
  HtmlLabel() = default;
  void Write(std::string& out) const;

  std::string tag_;  // empty: text
  Attributes attributes_;
  std::vector<HtmlLabel> children_;
  std::string text_;
};

/// A TABLE with BORDER, CELLBORDER, CELLSPACING and CELLPADDING as given (and more after).
HtmlLabel Table(int border, int cellborder, int cellspacing, int cellpadding,
                HtmlLabel::Attributes more = {});
/// A table row of one cell with `content`, the cell's attributes as given.
HtmlLabel Row(HtmlLabel content, HtmlLabel::Attributes cell = {});

}  // namespace chainmap
