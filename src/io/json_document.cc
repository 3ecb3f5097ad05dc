#include "src/io/json_document.h"

#include "src/io/json_parser.h"
#include "src/io/utf8.h"

namespace chainmap {

std::string JsonPointerToken(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::size_t CheckJsonText(std::string_view text) {
  const std::size_t begin = text.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
  if (const auto bad = FindInvalidUtf8(text.substr(begin)))
    throw JsonSyntaxError(bad->position,
                          "invalid UTF-8 (byte 0x" + bad->byte_hex + "): save the file as UTF-8");
  return begin;
}

JsonDocument JsonDocument::Parse(std::string_view text) {
  return Parse(std::make_shared<const InputText>(std::string(text)));
}

JsonDocument JsonDocument::Parse(std::shared_ptr<const InputText> text) {
  JsonDocument doc;
  doc.text_ = std::move(text);
  doc.begin_ = CheckJsonText(doc.text_->view());
  JsonParser parser(doc.text_->view(), doc.begin_);
  parser.SkipSpace();
  if (parser.AtEnd()) parser.Fail("empty file: expected a JSON value");
  doc.start_ = parser.Here();
  doc.begin_ = parser.offset();
  doc.root_ = parser.ParseValue(0);
  parser.SkipSpace();
  if (!parser.AtEnd()) parser.Fail("unexpected " + parser.Describe() + " after the JSON value");
  return doc;
}

nlohmann::ordered_json RawNumber(std::string_view text) {
  return nlohmann::ordered_json::binary(std::vector<std::uint8_t>(text.begin(), text.end()),
                                        kRawNumberSubtype);
}

bool IsRawNumber(const nlohmann::ordered_json& value) {
  return value.is_binary() && value.get_binary().has_subtype() &&
         value.get_binary().subtype() == kRawNumberSubtype;
}

std::string RawNumberText(const nlohmann::ordered_json& value) {
  const auto& bytes = value.get_binary();
  return std::string(bytes.begin(), bytes.end());
}

std::string JsonDocument::NumberText(const std::string& pointer) const {
  const nlohmann::ordered_json* value = Find(pointer);
  if (!text_ || !value || !value->is_number()) return "";
  JsonParser parser(text_->view(), begin_, start_);
  parser.Locate(pointer.substr(pointer_.size()));
  const std::string_view text = text_->view();
  std::size_t end = parser.found_offset();
  while (end < text.size() &&
         std::string_view("+-.eE0123456789").find(text[end]) != std::string_view::npos)
    ++end;
  return std::string(text.substr(parser.found_offset(), end - parser.found_offset()));
}

const nlohmann::ordered_json* JsonDocument::Find(const std::string& pointer) const {
  if (pointer.compare(0, pointer_.size(), pointer_) != 0) return nullptr;
  if (pointer.size() == pointer_.size()) return &root_;
  try {
    return &root_.at(nlohmann::ordered_json::json_pointer(pointer.substr(pointer_.size())));
  } catch (const nlohmann::json::exception&) {
    return nullptr;
  }
}

TextPosition JsonDocument::PositionOf(const std::string& pointer) const {
  if (!text_) return {1, 1};
  if (pointer.compare(0, pointer_.size(), pointer_) != 0 ||
      (pointer.size() > pointer_.size() && pointer[pointer_.size()] != '/'))
    return start_;
  JsonParser parser(text_->view(), begin_, start_);
  return parser.Locate(pointer.substr(pointer_.size()));
}

}  // namespace chainmap
