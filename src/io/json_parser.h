#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "src/io/flat_json.h"
#include "src/io/json_document.h"

namespace chainmap {

/// Recursive-descent JSON parser over a text, tracking line and column. Builds values
/// (Build), or walks them without building to find where one value starts (Locate):
/// positions are found by re-reading the text when a message needs one, not kept for
/// every value.
class JsonParser {
 public:
  using Json = nlohmann::ordered_json;

  /// Starts at byte `offset` of `text`, which is at `position`.
  JsonParser(std::string_view text, std::size_t offset = 0, TextPosition position = {1, 1})
      : text_(text),
        pos_(offset),
        line_(position.line),
        line_offset_(offset),
        line_column_(position.column),
        seen_offset_(offset),
        seen_column_(position.column) {}

  /// Parses the value here; `depth` is the nesting of its container.
  Json ParseValue(int depth);
  /// Parses the value here into `out` (appended), with the same checks and messages as
  /// ParseValue.
  void ParseFlat(FlatJson& out, int depth);
  /// The position of the value at `pointer` (relative to the value here), or of its
  /// nearest ancestor present.
  TextPosition Locate(const std::string& pointer);
  /// Where Locate() stopped: the byte offset of the value found.
  std::size_t found_offset() const { return found_offset_; }

  void SkipSpace();
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }
  void Advance();
  void Expect(char c, const char* what);
  std::string ParseString();
  /// Parses a string: a view into the text when it holds no escapes (`*decoded` false),
  /// else its decoded bytes, held in `scratch`.
  std::string_view ParseStringView(std::string& scratch, bool* decoded);
  std::size_t offset() const { return pos_; }
  TextPosition Here() const { return At(pos_); }
  /// The position of byte `offset` of the current line (at or after where the parser
  /// started): columns are counted when asked for, not for every byte read.
  TextPosition At(std::size_t offset) const;
  /// What is at the current position, for a message: "'x'", "end of file", …
  std::string Describe() const;
  [[noreturn]] void Fail(const std::string& message) const;
  /// After a value inside a container: its separator. True when another element follows;
  /// false at the closing `close` (consumed).
  bool NextMember(char close, const char* after_what);

 private:
  Json Parse(std::string& pointer, int depth);
  Json ParseObject(std::string& pointer, int depth);
  Json ParseArray(std::string& pointer, int depth);
  void ParseWord(std::string_view word);
  unsigned ParseHex4();
  Json ParseNumber();
  /// A number's value, as ParseValue reads it.
  struct Number {
    JsonType type;
    std::int64_t integer = 0;
    std::uint64_t whole = 0;
    double number = 0;
  };
  Number ScanNumber();
  void ParseFlatObject(FlatJson& out, int depth);
  void ParseFlatArray(FlatJson& out, int depth);
  void CheckDepth(int depth) const;
  [[noreturn]] void FailNonFinite() const;

  /// A line break ends at `end` (the byte after it): the next line starts there.
  void NewLine(std::size_t end) {
    ++line_;
    line_offset_ = seen_offset_ = end;
    line_column_ = seen_column_ = 1;
  }

  std::string_view text_;
  std::size_t pos_;
  int line_;
  std::size_t line_offset_;          ///< Where the current line starts (or the parser started),
  int line_column_;                  ///< at this column.
  mutable std::size_t seen_offset_;  ///< The furthest offset of the line whose column
  mutable int seen_column_;          ///< was counted, and that column (At() resumes there).
  bool build_ = true;
  const std::string* target_ = nullptr;  ///< Locate: the pointer looked for.
  TextPosition found_;
  std::size_t found_offset_ = 0;
  std::string scratch_;  ///< Escaped strings are decoded here (ParseFlat).
};

/// The position of the value at `pointer`, relative to the value starting at byte
/// `offset` of `text` (at `start`); the nearest ancestor's when absent.
TextPosition LocateInText(std::string_view text, std::size_t offset, TextPosition start,
                          const std::string& pointer);

}  // namespace chainmap
