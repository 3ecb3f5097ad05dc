#include "src/io/json_record_stream.h"

#include <array>

namespace chainmap {

JsonRecordStream::JsonRecordStream(std::shared_ptr<const InputText> text, std::string key)
    : text_(std::move(text)),
      key_(std::move(key)),
      parser_(text_->view(), CheckJsonText(text_->view())) {
  text_->ReleaseAll();  // the check read it all; the parse reads it again from the start
  top_.text_ = text_;
  parser_.SkipSpace();
  if (parser_.AtEnd()) parser_.Fail("empty file: expected a JSON value");
  top_.begin_ = parser_.offset();
  top_.start_ = parser_.Here();
  if (parser_.Peek() != '{') {
    top_.root_ = parser_.ParseValue(0);
    Finish();
    return;
  }
  parser_.Advance();  // '{'
  top_.root_ = nlohmann::ordered_json::object();
  parser_.SkipSpace();
  if (parser_.Peek() == '}') {
    parser_.Advance();
    Finish();
    return;
  }
  in_array_ = ReadMembers();
}

bool JsonRecordStream::ReadMembers() {
  do {
    parser_.SkipSpace();
    if (parser_.Peek() != '"')
      parser_.Fail("expected a string key in double quotes, found " + parser_.Describe());
    const TextPosition key_at = parser_.Here();
    std::string key = parser_.ParseString();
    if (top_.root_.contains(key))
      throw JsonSyntaxError(key_at, "duplicate key '" + key + "' in one object");
    parser_.SkipSpace();
    parser_.Expect(':', "':' after an object key");
    parser_.SkipSpace();
    if (key == key_ && parser_.Peek() == '[') {
      top_.root_[key] = nlohmann::ordered_json::array();
      parser_.Advance();  // '['
      parser_.SkipSpace();
      if (parser_.Peek() != ']') return true;
      parser_.Advance();
      continue;
    }
    top_.root_[key] = parser_.ParseValue(1);
  } while (parser_.NextMember('}', "an object member"));
  Finish();
  return false;
}

void JsonRecordStream::Finish() {
  parser_.SkipSpace();
  if (!parser_.AtEnd()) parser_.Fail("unexpected " + parser_.Describe() + " after the JSON value");
}

std::size_t JsonRecordStream::CountRecords() const {
  if (!in_array_) return 0;
  const std::string_view text = text_->view();
  // Only these bytes matter; the rest (indentation, names, digits) is skipped by a table.
  static const auto kMatters = [] {
    std::array<bool, 256> matters{};
    for (unsigned char c : std::string_view("\"[]{},")) matters[c] = true;
    return matters;
  }();
  std::size_t count = 1;
  int depth = 0;
  for (std::size_t i = parser_.offset(); i < text.size(); ++i) {
    const char c = text[i];
    if (!kMatters[static_cast<unsigned char>(c)]) continue;
    if (c == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (depth-- == 0) break;
    } else if (c == ',' && depth == 0) {
      ++count;
    }
  }
  text_->ReleaseAll();
  return count;
}

std::optional<JsonDocument> JsonRecordStream::Next() {
  if (!in_array_) return std::nullopt;
  if (!first_ && !parser_.NextMember(']', "an array element")) {
    in_array_ = false;
    if (parser_.NextMember('}', "an object member"))
      in_array_ = ReadMembers();
    else
      Finish();
    return std::nullopt;
  }
  first_ = false;
  parser_.SkipSpace();
  if (parser_.offset() >= released_ + kReleaseEvery) {
    text_->Release(parser_.offset());  // the records before this one are done
    released_ = parser_.offset();
  }
  JsonDocument record;
  record.text_ = text_;
  record.begin_ = parser_.offset();
  record.start_ = parser_.Here();
  record.pointer_ = "/" + JsonPointerToken(key_) + "/" + std::to_string(index_++);
  record.root_ = parser_.ParseValue(1);
  return record;
}

}  // namespace chainmap
