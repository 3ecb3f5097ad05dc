#include "src/io/json_document.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

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

/// Recursive-descent parser that records where each value starts.
class JsonParser {
 public:
  JsonParser(std::string_view text, JsonDocument& doc) : text_(text), doc_(doc) {}

  void Run() {
    SkipSpace();
    if (AtEnd()) Fail("empty file: expected a JSON value");
    std::string pointer;
    doc_.root_ = ParseValue(pointer, 0);
    SkipSpace();
    if (!AtEnd()) Fail("unexpected " + Describe() + " after the JSON value");
  }

 private:
  using Json = nlohmann::ordered_json;

  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }

  void Advance() {
    const unsigned char c = static_cast<unsigned char>(text_[pos_++]);
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column_;
    }
  }

  TextPosition Here() const {
    // The column of the character at pos_: continuation bytes were not counted.
    return {line_, column_};
  }

  [[noreturn]] void Fail(const std::string& message) const {
    throw JsonSyntaxError(Here(), message);
  }

  std::string Describe() const {
    if (AtEnd()) return "end of file";
    const char c = Peek();
    if (c == '\n' || c == '\r') return "a line break";
    if (static_cast<unsigned char>(c) < 0x20) return "a control character";
    const std::size_t len = Utf8SequenceLength(text_, pos_);
    return "'" + std::string(text_.substr(pos_, len == 0 ? 1 : len)) + "'";
  }

  void SkipSpace() {
    while (!AtEnd()) {
      const char c = Peek();
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      Advance();
    }
  }

  void Expect(char c, const char* what) {
    if (Peek() != c) Fail(std::string("expected ") + what + ", found " + Describe());
    Advance();
  }

  Json ParseValue(std::string& pointer, int depth) {
    doc_.positions_[pointer] = Here();
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
        Fail(
            "expected a value (object, array, string, number, true, false or null), "
            "found " +
            Describe());
    }
  }

  void ParseWord(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word)
      Fail("expected a value, found " + Describe() + " (did you mean '" + std::string(word) +
           "'?)");
    for (std::size_t i = 0; i < word.size(); ++i) Advance();
  }

  void CheckDepth(int depth) {
    if (depth > JsonDocument::kMaxDepth)
      Fail("nesting deeper than " + std::to_string(JsonDocument::kMaxDepth) + " levels");
  }

  Json ParseObject(std::string& pointer, int depth) {
    CheckDepth(depth);
    Advance();  // '{'
    Json object = Json::object();
    SkipSpace();
    if (Peek() == '}') {
      Advance();
      return object;
    }
    while (true) {
      SkipSpace();
      if (Peek() != '"') Fail("expected a string key in double quotes, found " + Describe());
      const TextPosition key_at = Here();
      std::string key = ParseString();
      if (object.contains(key))
        throw JsonSyntaxError(key_at, "duplicate key '" + key + "' in one object");
      SkipSpace();
      Expect(':', "':' after an object key");
      SkipSpace();
      const std::size_t base = pointer.size();
      pointer += '/';
      pointer += JsonPointerToken(key);
      object[key] = ParseValue(pointer, depth);
      pointer.resize(base);
      SkipSpace();
      if (Peek() == ',') {
        Advance();
        SkipSpace();
        if (Peek() == '}') Fail("trailing comma before '}': remove it");
        continue;
      }
      if (Peek() == '}') {
        Advance();
        return object;
      }
      Fail("expected ',' or '}' after an object member, found " + Describe());
    }
  }

  Json ParseArray(std::string& pointer, int depth) {
    CheckDepth(depth);
    Advance();  // '['
    Json array = Json::array();
    SkipSpace();
    if (Peek() == ']') {
      Advance();
      return array;
    }
    while (true) {
      SkipSpace();
      const std::size_t base = pointer.size();
      pointer += '/';
      pointer += std::to_string(array.size());
      array.push_back(ParseValue(pointer, depth));
      pointer.resize(base);
      SkipSpace();
      if (Peek() == ',') {
        Advance();
        SkipSpace();
        if (Peek() == ']') Fail("trailing comma before ']': remove it");
        continue;
      }
      if (Peek() == ']') {
        Advance();
        return array;
      }
      Fail("expected ',' or ']' after an array element, found " + Describe());
    }
  }

  unsigned ParseHex4() {
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

  std::string ParseString() {
    Advance();  // opening quote
    std::string out;
    while (true) {
      if (AtEnd()) Fail("unterminated string: expected '\"' before end of file");
      const char c = Peek();
      if (c == '"') {
        Advance();
        return out;
      }
      if (c == '\n') Fail("unterminated string: expected '\"' before the line break");
      if (static_cast<unsigned char>(c) < 0x20)
        Fail("control character in a string: write it as an escape such as \\t");
      if (c != '\\') {
        const std::size_t len = Utf8SequenceLength(text_, pos_);
        out.append(text_.substr(pos_, len));
        for (std::size_t i = 0; i < len; ++i) Advance();
        continue;
      }
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

  Json ParseNumber() {
    const std::size_t start = pos_;
    const TextPosition at = Here();
    bool integral = true;
    if (Peek() == '-') Advance();
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
    const std::string literal(text_.substr(start, pos_ - start));
    if (integral) {
      errno = 0;
      const long long value = std::strtoll(literal.c_str(), nullptr, 10);
      if (errno == 0) return static_cast<std::int64_t>(value);
    }
    errno = 0;
    const double value = std::strtod(literal.c_str(), nullptr);
    if (!std::isfinite(value) || errno == ERANGE) {
      if (!std::isfinite(value) || std::fabs(value) > 1.0)
        throw JsonSyntaxError(at, "number " + literal + " is out of range");
    }
    return value;
  }

  std::string_view text_;
  JsonDocument& doc_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
};

JsonDocument JsonDocument::Parse(std::string_view text) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  if (const auto bad = FindInvalidUtf8(text)) {
    throw JsonSyntaxError(bad->position,
                          "invalid UTF-8 (byte 0x" + bad->byte_hex + "): save the file as UTF-8");
  }
  JsonDocument doc;
  JsonParser(text, doc).Run();
  return doc;
}

TextPosition JsonDocument::PositionOf(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    const auto it = positions_.find(p);
    if (it != positions_.end()) return it->second;
    if (p.empty()) return {1, 1};
    p.resize(p.rfind('/'));
  }
}

}  // namespace chainmap
