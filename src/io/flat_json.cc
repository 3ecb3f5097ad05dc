#include "src/io/flat_json.h"

#include <cassert>
#include <limits>

#include "src/io/json_parser.h"

namespace chainmap {

FlatJson::Value& FlatJson::Add(std::size_t offset, JsonType type) {
  assert(values_.size() < std::numeric_limits<std::uint32_t>::max());
  Value& v = values_.emplace_back();
  v.offset = offset;
  v.type = type;
  v.next = static_cast<std::uint32_t>(values_.size());
  return v;
}

std::uint32_t FlatJson::Open(JsonType type, std::size_t offset) {
  Add(offset, type);
  return static_cast<std::uint32_t>(values_.size() - 1);
}

void FlatJson::Close(std::uint32_t index, std::size_t count) {
  Value& v = values_[index];
  v.length = count;
  v.next = static_cast<std::uint32_t>(values_.size());
}

void FlatJson::AddString(std::size_t offset, std::string_view bytes, bool decoded) {
  Value& v = Add(offset, JsonType::kString);
  v.length = bytes.size();
  v.decoded = decoded;
  if (decoded) {
    v.begin = buffer_.size();
    buffer_.append(bytes);
  } else {
    v.begin = static_cast<std::size_t>(bytes.data() - text_.data());
  }
}

bool FlatJson::HasKey(std::uint32_t object, std::string_view key) const {
  const unsigned bit = KeyBitIndex(key);
  if ((values_[object].keys >> bit & 1) == 0) return false;
  // The members so far: key, value, key, value… up to the end of the array.
  for (auto at = static_cast<std::uint32_t>(object + 1); at < values_.size();
       at = values_[at + 1].next)
    if (values_[at].key_bit == bit && String(at) == key) return true;
  return false;
}

std::uint32_t FlatJson::FindMember(std::uint32_t index, std::string_view key,
                                   std::uint32_t& cursor) const {
  const Value& object = values_[index];
  const unsigned bit = KeyBitIndex(key);
  if ((object.keys >> bit & 1) == 0) return 0;
  // One cursor serves one object: a value inside it was left by a search of it, so it is
  // one of its member keys.
  const std::uint32_t first = index + 1;
  const std::uint32_t start = cursor > first && cursor < object.next ? cursor : first;
  const auto search = [&](std::uint32_t from, std::uint32_t to) -> std::uint32_t {
    for (std::uint32_t at = from; at < to; at = values_[at + 1].next)
      if (values_[at].key_bit == bit && String(at) == key) {
        cursor = values_[at + 1].next;
        return at + 1;
      }
    return 0;
  };
  if (const std::uint32_t found = search(start, object.next)) return found;
  return start == first ? 0 : search(first, start);
}

// The flat parse, JsonParser::ParseFlat: the same grammar, checks and messages as its
// Parse, which builds a tree.

void JsonParser::ParseFlat(FlatJson& out, int depth) {
  const std::size_t at = pos_;
  switch (Peek()) {
    case '{':
      ParseFlatObject(out, depth + 1);
      return;
    case '[':
      ParseFlatArray(out, depth + 1);
      return;
    case '"': {
      bool decoded = false;
      const std::string_view text = ParseStringView(scratch_, &decoded);
      out.AddString(at, text, decoded);
      return;
    }
    case 't':
      ParseWord("true");
      out.AddBoolean(at, true);
      return;
    case 'f':
      ParseWord("false");
      out.AddBoolean(at, false);
      return;
    case 'n':
      ParseWord("null");
      out.AddNull(at);
      return;
    default:
      if (Peek() == '-' || (Peek() >= '0' && Peek() <= '9')) {
        const Number n = ScanNumber();
        if (n.type == JsonType::kInteger)
          out.AddInteger(at, n.integer);
        else if (n.type == JsonType::kUnsigned)
          out.AddUnsigned(at, n.whole);
        else
          out.AddFloat(at, n.number);
        return;
      }
      if (text_.substr(pos_, 3) == "NaN" || text_.substr(pos_, 8) == "Infinity") FailNonFinite();
      Fail(
          "expected a value (object, array, string, number, true, false or null), "
          "found " +
          Describe());
  }
}

void JsonParser::ParseFlatObject(FlatJson& out, int depth) {
  CheckDepth(depth);
  const std::uint32_t object = out.Open(JsonType::kObject, pos_);
  Advance();  // '{'
  std::size_t count = 0;
  SkipSpace();
  if (Peek() == '}') {
    Advance();
    out.Close(object, count);
    return;
  }
  do {
    SkipSpace();
    if (Peek() != '"') Fail("expected a string key in double quotes, found " + Describe());
    const std::size_t key_at = pos_;  // a string holds no line break: on this line
    bool decoded = false;
    const std::string_view key = ParseStringView(scratch_, &decoded);
    if (out.HasKey(object, key))
      throw JsonSyntaxError(At(key_at), "duplicate key '" + std::string(key) + "' in one object");
    out.AddKey(object, key_at, key, decoded);
    SkipSpace();
    Expect(':', "':' after an object key");
    SkipSpace();
    ParseFlat(out, depth);
    ++count;
  } while (NextMember('}', "an object member"));
  out.Close(object, count);
}

void JsonParser::ParseFlatArray(FlatJson& out, int depth) {
  CheckDepth(depth);
  const std::uint32_t array = out.Open(JsonType::kArray, pos_);
  Advance();  // '['
  std::size_t count = 0;
  SkipSpace();
  if (Peek() == ']') {
    Advance();
    out.Close(array, count);
    return;
  }
  do {
    SkipSpace();
    ParseFlat(out, depth);
    ++count;
  } while (NextMember(']', "an array element"));
  out.Close(array, count);
}

}  // namespace chainmap
