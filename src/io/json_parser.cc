#include "src/io/json_parser.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "src/io/utf8.h"

namespace chainmap {
namespace {

/// Thrown inside Locate() once the value looked for is reached.
struct Found {};

/// Whether `prefix` is `pointer` or one of its ancestors.
bool IsAncestorOrSelf(const std::string& prefix, const std::string& pointer) {
  return pointer.compare(0, prefix.size(), prefix) == 0 &&
         (pointer.size() == prefix.size() || pointer[prefix.size()] == '/');
}

}  // namespace

void JsonParser::Advance() {
  const char c = text_[pos_++];
  // A line ends at LF, CRLF or a lone CR (files saved with classic Mac line ends).
  if (c == '\n' || (c == '\r' && Peek() != '\n')) NewLine(pos_);
}

TextPosition JsonParser::At(std::size_t offset) const {
  // The text is valid UTF-8 (CheckJsonText): a column is a byte that starts a character.
  std::size_t from = line_offset_;
  int column = line_column_;
  if (offset >= seen_offset_) {
    from = seen_offset_;
    column = seen_column_;
  }
  for (std::size_t i = from; i < offset && i < text_.size(); ++i)
    column += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  if (offset >= seen_offset_) {
    seen_offset_ = offset;
    seen_column_ = column;
  }
  return {line_, column};
}

void JsonParser::Fail(const std::string& message) const { throw JsonSyntaxError(Here(), message); }

std::string JsonParser::Describe() const {
  if (AtEnd()) return "end of file";
  const char c = Peek();
  if (c == '\n' || c == '\r') return "a line break";
  if (static_cast<unsigned char>(c) < 0x20) return "a control character";
  const std::size_t len = Utf8SequenceLength(text_, pos_);
  return "'" + std::string(text_.substr(pos_, len == 0 ? 1 : len)) + "'";
}

void JsonParser::SkipSpace() {
  const std::size_t size = text_.size();
  while (pos_ < size) {
    const char c = text_[pos_];
    if (c == ' ' || c == '\t') {
      ++pos_;
    } else if (c == '\n' || c == '\r') {
      Advance();
    } else {
      break;
    }
  }
  if (Peek() == '/' && pos_ + 1 < text_.size() &&
      (text_[pos_ + 1] == '/' || text_[pos_ + 1] == '*'))
    Fail(
        "JSON has no comments: remove this one (to keep the text, put it in a \"note\" "
        "field)");
}

void JsonParser::Expect(char c, const char* what) {
  if (Peek() != c) Fail(std::string("expected ") + what + ", found " + Describe());
  Advance();
}

bool JsonParser::NextMember(char close, const char* after_what) {
  SkipSpace();
  if (Peek() == ',') {
    Advance();
    SkipSpace();
    if (Peek() == close) Fail(std::string("trailing comma before '") + close + "': remove it");
    return true;
  }
  if (Peek() == close) {
    Advance();
    return false;
  }
  Fail(std::string("expected ',' or '") + close + "' after " + after_what + ", found " +
       Describe());
}

JsonParser::Json JsonParser::ParseValue(int depth) {
  std::string pointer;
  return Parse(pointer, depth);
}

TextPosition JsonParser::Locate(const std::string& pointer) {
  build_ = false;
  target_ = &pointer;
  found_ = Here();
  found_offset_ = pos_;
  try {
    std::string here;
    Parse(here, 0);
  } catch (const Found&) {
  }
  build_ = true;
  target_ = nullptr;
  return found_;
}

TextPosition LocateInText(std::string_view text, std::size_t offset, TextPosition start,
                          const std::string& pointer) {
  return JsonParser(text, offset, start).Locate(pointer);
}

JsonParser::Json JsonParser::Parse(std::string& pointer, int depth) {
  if (!build_ && IsAncestorOrSelf(pointer, *target_)) {
    found_ = Here();
    found_offset_ = pos_;
    if (pointer.size() == target_->size()) throw Found{};
  }
  switch (Peek()) {
    case '{':
      return ParseObject(pointer, depth + 1);
    case '[':
      return ParseArray(pointer, depth + 1);
    case '"':
      return ParseString();
    case 't':
      ParseWord("true");
      return true;
    case 'f':
      ParseWord("false");
      return false;
    case 'n':
      ParseWord("null");
      return nullptr;
    default:
      if (Peek() == '-' || (Peek() >= '0' && Peek() <= '9')) return ParseNumber();
      if (text_.substr(pos_, 3) == "NaN" || text_.substr(pos_, 8) == "Infinity") FailNonFinite();
      Fail(
          "expected a value (object, array, string, number, true, false or null), "
          "found " +
          Describe());
  }
}

void JsonParser::ParseWord(std::string_view word) {
  if (text_.substr(pos_, word.size()) != word)
    Fail("expected a value, found " + Describe() + " (did you mean '" + std::string(word) + "'?)");
  for (std::size_t i = 0; i < word.size(); ++i) Advance();
}

void JsonParser::FailNonFinite() const {
  Fail(
      "NaN and Infinity are not numbers in JSON: write a finite number, or leave the field "
      "out when the value is unknown");
}

void JsonParser::CheckDepth(int depth) const {
  if (depth > JsonDocument::kMaxDepth)
    Fail("nesting deeper than " + std::to_string(JsonDocument::kMaxDepth) + " levels");
}

JsonParser::Json JsonParser::ParseObject(std::string& pointer, int depth) {
  CheckDepth(depth);
  Advance();  // '{'
  Json object = Json::object();
  SkipSpace();
  if (Peek() == '}') {
    Advance();
    return object;
  }
  do {
    SkipSpace();
    if (Peek() != '"') Fail("expected a string key in double quotes, found " + Describe());
    const std::size_t key_at = pos_;  // a string holds no line break: on this line
    std::string key = ParseString();
    if (build_ && object.contains(key))
      throw JsonSyntaxError(At(key_at), "duplicate key '" + key + "' in one object");
    SkipSpace();
    Expect(':', "':' after an object key");
    SkipSpace();
    if (build_) {
      Json value = Parse(pointer, depth);
      object.emplace(std::move(key), std::move(value));
    } else {
      const std::size_t base = pointer.size();
      pointer += '/';
      pointer += JsonPointerToken(key);
      Parse(pointer, depth);
      pointer.resize(base);
    }
  } while (NextMember('}', "an object member"));
  return object;
}

JsonParser::Json JsonParser::ParseArray(std::string& pointer, int depth) {
  CheckDepth(depth);
  Advance();  // '['
  Json array = Json::array();
  SkipSpace();
  if (Peek() == ']') {
    Advance();
    return array;
  }
  std::size_t index = 0;
  do {
    SkipSpace();
    if (build_) {
      array.push_back(Parse(pointer, depth));
    } else {
      const std::size_t base = pointer.size();
      pointer += '/';
      pointer += std::to_string(index);
      Parse(pointer, depth);
      pointer.resize(base);
    }
    ++index;
  } while (NextMember(']', "an array element"));
  return array;
}

unsigned JsonParser::ParseHex4() {
  unsigned value = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = Peek();
    unsigned digit;
    if (c >= '0' && c <= '9')
      digit = c - '0';
    else if (c >= 'a' && c <= 'f')
      digit = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
      digit = c - 'A' + 10;
    else
      Fail("expected 4 hexadecimal digits after \\u, found " + Describe());
    value = value * 16 + digit;
    Advance();
  }
  return value;
}

std::string JsonParser::ParseString() {
  std::string scratch;
  bool decoded = false;
  const std::string_view text = ParseStringView(scratch, &decoded);
  return decoded ? std::move(scratch) : std::string(text);
}

std::string_view JsonParser::ParseStringView(std::string& scratch, bool* decoded) {
  Advance();  // opening quote
  *decoded = false;
  std::string& out = scratch;
  bool first = true;
  while (true) {
    // Plain bytes up to the next quote, backslash or control character in one step.
    std::size_t end = pos_;
    while (end < text_.size()) {
      const unsigned char c = static_cast<unsigned char>(text_[end]);
      if (c == '"' || c == '\\' || c < 0x20) break;
      ++end;
    }
    if (first && end < text_.size() && text_[end] == '"') {  // no escapes: a view
      const std::string_view plain = text_.substr(pos_, end - pos_);
      pos_ = end;
      Advance();
      return plain;
    }
    if (first) {
      out.clear();
      *decoded = true;
      first = false;
    }
    out.append(text_.substr(pos_, end - pos_));
    pos_ = end;
    if (AtEnd()) Fail("unterminated string: expected '\"' before end of file");
    const char c = Peek();
    if (c == '"') {
      Advance();
      return out;
    }
    if (c == '\n' || c == '\r') Fail("unterminated string: expected '\"' before the line break");
    if (static_cast<unsigned char>(c) < 0x20)
      Fail("control character in a string: write it as an escape such as \\t");
    Advance();  // backslash
    const char e = Peek();
    switch (e) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        Advance();
        unsigned code = ParseHex4();
        if (code >= 0xD800 && code <= 0xDBFF) {
          if (Peek() != '\\' || pos_ + 1 >= text_.size() || text_[pos_ + 1] != 'u')
            Fail("unpaired UTF-16 surrogate in \\u escape");
          Advance();
          Advance();
          const unsigned low = ParseHex4();
          if (low < 0xDC00 || low > 0xDFFF) Fail("invalid UTF-16 low surrogate in \\u escape");
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
          Fail("unpaired UTF-16 surrogate in \\u escape");
        }
        AppendUtf8(out, code);
        continue;
      }
      default:
        Fail("invalid escape \\" + Describe().substr(1, Describe().size() - 2) +
             " in a string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    }
    Advance();
  }
}

JsonParser::Json JsonParser::ParseNumber() {
  if (!build_) {
    ScanNumber();
    return nullptr;
  }
  const Number n = ScanNumber();
  switch (n.type) {
    case JsonType::kInteger:
      return n.integer;
    case JsonType::kUnsigned:
      return n.whole;
    default:
      return n.number;
  }
}

JsonParser::Number JsonParser::ScanNumber() {
  const std::size_t start = pos_;  // a number holds no line break: on this line
  bool integral = true;
  if (Peek() == '-') {
    if (text_.substr(pos_ + 1, 8) == "Infinity") FailNonFinite();
    Advance();
  }
  if (Peek() == '0') {
    Advance();
    if (Peek() >= '0' && Peek() <= '9') Fail("leading zeros are not allowed in numbers");
  } else if (Peek() >= '1' && Peek() <= '9') {
    while (Peek() >= '0' && Peek() <= '9') Advance();
  } else {
    Fail("expected a digit, found " + Describe());
  }
  if (Peek() == '.') {
    integral = false;
    Advance();
    if (!(Peek() >= '0' && Peek() <= '9'))
      Fail("expected a digit after the decimal point, found " + Describe());
    while (Peek() >= '0' && Peek() <= '9') Advance();
  }
  if (Peek() == 'e' || Peek() == 'E') {
    integral = false;
    Advance();
    if (Peek() == '+' || Peek() == '-') Advance();
    if (!(Peek() >= '0' && Peek() <= '9'))
      Fail("expected a digit in the exponent, found " + Describe());
    while (Peek() >= '0' && Peek() <= '9') Advance();
  }
  Number out{JsonType::kFloat};
  if (!build_) return out;
  const std::string literal(text_.substr(start, pos_ - start));
  if (integral) {
    errno = 0;
    const long long value = std::strtoll(literal.c_str(), nullptr, 10);
    if (errno == 0) {
      out.type = JsonType::kInteger;
      out.integer = value;
      return out;
    }
    if (literal[0] != '-') {  // up to 18446744073709551615 exactly, as nlohmann does
      errno = 0;
      const unsigned long long big = std::strtoull(literal.c_str(), nullptr, 10);
      if (errno == 0) {
        out.type = JsonType::kUnsigned;
        out.whole = big;
        return out;
      }
    }
  }
  errno = 0;
  const double value = std::strtod(literal.c_str(), nullptr);
  if (!std::isfinite(value) || errno == ERANGE) {
    if (!std::isfinite(value) || std::fabs(value) > 1.0)
      throw JsonSyntaxError(At(start), "number " + literal + " is out of range");
  }
  out.number = value;
  return out;
}

}  // namespace chainmap
