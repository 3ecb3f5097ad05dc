#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "src/io/input_file.h"

namespace chainmap {

class FlatJson;
class JsonRef;  // src/io/json_ref.h

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

/// A parsed JSON value together with the text it was read from, so that semantic errors
/// can point into the file: PositionOf() re-reads the value's text to find where the
/// value at a JSON pointer ("/links/3/to") starts. No position is kept per value.
/// A document is a whole file, or one element of a file's record array
/// (see JsonRecordStream), addressed by its pointer in the file ("/enterprises/7").
// Its implicit destructor and moves are nlohmann::ordered_json's, noexcept there;
// bugprone-exception-escape sees a throw in the library's code that frees nested values.
// NOLINTNEXTLINE(bugprone-exception-escape)
class JsonDocument {
 public:
  /// Parses `text` (UTF-8; a leading byte-order mark is skipped). Stricter than
  /// nlohmann's parser: duplicate keys, invalid UTF-8, non-finite numbers and
  /// nesting deeper than kMaxDepth are errors. Throws JsonSyntaxError.
  static JsonDocument Parse(std::string_view text);
  /// As above, sharing the text instead of copying it.
  static JsonDocument Parse(std::shared_ptr<const InputText> text);

  static constexpr int kMaxDepth = 64;

  /// The tree of a document parsed whole (a record from a JsonRecordStream has none: it
  /// is read through Find()).
  const nlohmann::ordered_json& root() const { return root_; }
  /// The value at `pointer` (a pointer into the file), or null.
  JsonRef Find(const std::string& pointer) const;
  /// The position of the value at `pointer`, or of its nearest ancestor present.
  TextPosition PositionOf(const std::string& pointer) const;
  /// The text of the number at `pointer` as written ("1e2"); "" when there is none.
  std::string NumberText(const std::string& pointer) const;
  /// Where the value starts in the file: byte offset and position.
  std::size_t begin() const { return begin_; }
  TextPosition start() const { return start_; }

 private:
  friend class JsonRecordStream;
  nlohmann::ordered_json root_;
  const FlatJson* flat_ = nullptr;  ///< A record's value (at index 0), held by its stream.
  std::shared_ptr<const InputText> text_;
  std::size_t begin_ = 0;     ///< Where the value starts in text_.
  TextPosition start_{1, 1};  ///< Its position.
  std::string pointer_;       ///< Its pointer in the file; "" for the whole file.
};

/// A number kept as written, for unknown fields: "1e2" and "1.50" would otherwise be
/// saved as 100.0 and 1.5. Held as binary data of subtype kRawNumberSubtype.
inline constexpr std::uint8_t kRawNumberSubtype = 0x4E;
nlohmann::ordered_json RawNumber(std::string_view text);
/// Whether `value` is a RawNumber; its text.
bool IsRawNumber(const nlohmann::ordered_json& value);
std::string RawNumberText(const nlohmann::ordered_json& value);

/// Escapes one reference token of a JSON pointer ("a/b" → "a~1b").
std::string JsonPointerToken(std::string_view key);

/// Where a text starts after a UTF-8 byte-order mark, and checks that it is UTF-8.
/// Throws JsonSyntaxError at the first invalid byte.
std::size_t CheckJsonText(std::string_view text);

}  // namespace chainmap
