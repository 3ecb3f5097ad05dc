#include "src/io/json_document.h"

#include <algorithm>

#include "src/io/json_parser.h"
#include "src/io/json_ref.h"
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
  const JsonRef value = Find(pointer);
  if (!text_ || !value || !value.is_number()) return "";
  if (flat_) return std::string(value.NumberText());
  JsonParser parser(text_->view(), begin_, start_);
  parser.Locate(pointer.substr(pointer_.size()));
  const std::string_view text = text_->view();
  std::size_t end = parser.found_offset();
  while (end < text.size() &&
         std::string_view("+-.eE0123456789").find(text[end]) != std::string_view::npos)
    ++end;
  return std::string(text.substr(parser.found_offset(), end - parser.found_offset()));
}

namespace {

/// The value at `pointer` (relative) below `value`, as nlohmann's json_pointer finds it.
JsonRef FindBelow(JsonRef value, std::string_view pointer) {
  std::string token;
  while (value && !pointer.empty()) {
    if (pointer[0] != '/') return {};
    const std::size_t end = std::min(pointer.find('/', 1), pointer.size());
    token.clear();
    for (std::size_t i = 1; i < end; ++i) {
      if (pointer[i] != '~') {
        token += pointer[i];
      } else if (i + 1 < end && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
        token += pointer[++i] == '0' ? '~' : '/';
      } else {
        return {};
      }
    }
    pointer.remove_prefix(end);
    if (value.is_object()) {
      value = value.Find(token);
    } else if (value.is_array()) {
      // Digits only, no leading zero: "0", "12".
      if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0') ||
          token.find_first_not_of("0123456789") != std::string::npos)
        return {};
      const std::size_t index = std::stoull(token);
      value = index < value.size() ? value[index] : JsonRef();
    } else {
      return {};
    }
  }
  return value;
}

}  // namespace

JsonRef JsonDocument::Find(const std::string& pointer) const {
  if (pointer.compare(0, pointer_.size(), pointer_) != 0) return {};
  if (flat_) {
    if (flat_->empty()) return {};
    return FindBelow(JsonRef(flat_, 0), std::string_view(pointer).substr(pointer_.size()));
  }
  if (pointer.size() == pointer_.size()) return JsonRef(&root_);
  try {
    return JsonRef(
        &root_.at(nlohmann::ordered_json::json_pointer(pointer.substr(pointer_.size()))));
  } catch (const nlohmann::json::exception&) {
    return {};
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
