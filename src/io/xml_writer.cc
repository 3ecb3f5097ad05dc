#include "src/io/xml_writer.h"

#include <stdexcept>

#include "src/io/xml_escape.h"

namespace chainmap {

XmlWriter::XmlWriter() {
  out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  body_ = out_.size();
}

void XmlWriter::EndStartTag() {
  if (!in_start_tag_) return;
  out_ += '>';
  in_start_tag_ = false;
}

XmlWriter& XmlWriter::Open(std::string_view name) {
  EndStartTag();
  out_ += '<';
  out_ += name;
  open_.emplace_back(name);
  in_start_tag_ = true;
  return *this;
}

XmlWriter& XmlWriter::Attr(std::string_view name, std::string_view value) {
  if (!in_start_tag_) throw std::logic_error("XmlWriter: attribute outside a start tag");
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  out_ += XmlEscape(value);
  out_ += '"';
  return *this;
}

XmlWriter& XmlWriter::Attr(std::string_view name, long long value) {
  return Attr(name, std::to_string(value));
}

XmlWriter& XmlWriter::Text(std::string_view text) {
  if (open_.empty()) throw std::logic_error("XmlWriter: text outside an element");
  EndStartTag();
  out_ += XmlEscape(text);
  return *this;
}

XmlWriter& XmlWriter::Raw(std::string_view xml) {
  if (open_.empty()) throw std::logic_error("XmlWriter: content outside an element");
  EndStartTag();
  out_ += xml;
  return *this;
}

XmlWriter& XmlWriter::Close() {
  if (open_.empty()) throw std::logic_error("XmlWriter: Close() with no open element");
  if (in_start_tag_) {
    out_ += "/>";
    in_start_tag_ = false;
  } else {
    out_ += "</" + open_.back() + '>';
  }
  open_.pop_back();
  return *this;
}

XmlWriter& XmlWriter::Leaf(
    std::string_view name,
    std::initializer_list<std::pair<std::string_view, std::string_view>> attrs) {
  Open(name);
  for (const auto& [key, value] : attrs) Attr(key, value);
  return Close();
}

std::string XmlWriter::Finish() {
  if (!open_.empty()) throw std::logic_error("XmlWriter: <" + open_.back() + "> left open");
  return out_;
}

std::string XmlWriter::Fragment() { return Finish().substr(body_); }

}  // namespace chainmap
