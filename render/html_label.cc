#include "render/html_label.h"

#include "render/html_text.h"

namespace chainmap {

HtmlLabel::HtmlLabel(std::string tag, Attributes attributes)
    : tag_(std::move(tag)), attributes_(std::move(attributes)) {}

HtmlLabel HtmlLabel::Text(std::string_view text) {
  HtmlLabel label;
  label.text_ = std::string(text);
  return label;
}

HtmlLabel HtmlLabel::Font(std::string_view text, const TextStyle& style) {
  HtmlLabel font(
      "FONT", {{"POINT-SIZE", std::to_string(style.points)}, {"COLOR", std::string(style.colour)}});
  if (style.bold) {
    font.Add(HtmlLabel("B").Add(Text(text)));
  } else {
    font.Add(Text(text));
  }
  return font;
}

HtmlLabel& HtmlLabel::Add(HtmlLabel child) {
  children_.push_back(std::move(child));
  return *this;
}

std::string HtmlLabel::Markup() const {
  std::string out;
  Write(out);
  return out;
}

void HtmlLabel::Write(std::string& out) const {
  if (tag_.empty()) {
    out += HtmlText(text_);
    for (const HtmlLabel& child : children_) child.Write(out);
    return;
  }
  out += "<" + tag_;
  for (const auto& [name, value] : attributes_) out += " " + name + "=\"" + HtmlText(value) + "\"";
  if (tag_ == "BR") {
    out += "/>";
    return;
  }
  out += ">";
  for (const HtmlLabel& child : children_) child.Write(out);
  out += "</" + tag_ + ">";
}

HtmlLabel Table(int border, int cellborder, int cellspacing, int cellpadding,
                HtmlLabel::Attributes more) {
  HtmlLabel::Attributes attributes{{"BORDER", std::to_string(border)},
                                   {"CELLBORDER", std::to_string(cellborder)},
                                   {"CELLSPACING", std::to_string(cellspacing)},
                                   {"CELLPADDING", std::to_string(cellpadding)}};
  attributes.insert(attributes.end(), more.begin(), more.end());
  return HtmlLabel("TABLE", std::move(attributes));
}

HtmlLabel Row(HtmlLabel content, HtmlLabel::Attributes cell) {
  return HtmlLabel("TR").Add(HtmlLabel("TD", std::move(cell)).Add(std::move(content)));
}

}  // namespace chainmap
