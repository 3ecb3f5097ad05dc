#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace chainmap {

/// A place in a text file, 1-based; column counts characters, not bytes.
struct TextPosition {
  int line = 0;
  int column = 0;
};

/// A JSON text that does not parse: where, and what was expected there.
class JsonSyntaxError : public std::runtime_error {
 public:
  JsonSyntaxError(TextPosition position, const std::string& message)
      : std::runtime_error(message), position_(position) {}
  TextPosition position() const { return position_; }

 private:
  TextPosition position_;
};

/// A parsed JSON text together with the position of every value in it, addressed by
/// JSON pointer ("/links/3/to"), so that semantic errors can point into the file.
class JsonDocument {
 public:
  /// Parses `text` (UTF-8; a leading byte-order mark is skipped). Stricter than
  /// nlohmann's parser: duplicate keys, invalid UTF-8, non-finite numbers and
  /// nesting deeper than kMaxDepth are errors. Throws JsonSyntaxError.
  static JsonDocument Parse(std::string_view text);

  static constexpr int kMaxDepth = 64;

  const nlohmann::ordered_json& root() const { return root_; }
  /// The position of the value at `pointer`, or of its nearest ancestor present.
  TextPosition PositionOf(const std::string& pointer) const;

 private:
  friend class JsonParser;
  nlohmann::ordered_json root_;
  std::unordered_map<std::string, TextPosition> positions_;
};

/// Escapes one reference token of a JSON pointer ("a/b" → "a~1b").
std::string JsonPointerToken(std::string_view key);

}  // namespace chainmap
