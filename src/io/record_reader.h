#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "src/io/diagnostic.h"
#include "src/io/json_document.h"
#include "src/io/json_ref.h"
#include "src/model/record.h"

namespace chainmap {

/// Reads the fields of one JSON object in a document, checking types and reporting
/// problems, with their positions, to a sink. Remembers which keys were read so that
/// the rest can be kept as unknown fields.
class RecordReader {
 public:
  /// `ok()` is false (and an error was reported) when the value is not an object.
  RecordReader(const JsonDocument& doc, const std::string& file, std::string pointer,
               DiagnosticSink& sink);
  /// The same for `value`, found by the caller at `pointer` in `doc` (an array's element).
  RecordReader(const JsonDocument& doc, const std::string& file, std::string pointer, JsonRef value,
               DiagnosticSink& sink);

  bool ok() const { return static_cast<bool>(object_); }
  const std::string& pointer() const { return pointer_; }
  std::string PointerTo(std::string_view key) const;

  bool Has(std::string_view key) const;
  /// Marks a field as read by someone else (a nested reader), so Rest() leaves it out.
  void Claim(std::string_view key) { read_.emplace_back(key); }
  /// A string of free text: control characters other than line breaks and tabs are
  /// refused (src/io/text_rule.h).
  std::optional<std::string> String(std::string_view key, bool required);
  /// A one-line string (a name): no control characters at all.
  std::optional<std::string> Line(std::string_view key, bool required);
  /// A string matching the id syntax: [a-z0-9][a-z0-9_-]*.
  std::optional<std::string> Id(std::string_view key, bool required);
  std::optional<bool> Bool(std::string_view key, bool required);
  /// A number ≥ `minimum`.
  std::optional<double> Number(std::string_view key, bool required, double minimum);
  /// A number from `minimum` to `maximum`; above it, an error ending in `why_at_most`
  /// (what the bound means and how to fix the value).
  std::optional<double> Number(std::string_view key, bool required, double minimum, double maximum,
                               std::string_view why_at_most);
  std::optional<long long> Integer(std::string_view key, bool required, long long minimum,
                                   long long maximum);
  /// An array; null if absent (and not required) or of the wrong type.
  JsonRef Array(std::string_view key, bool required);
  std::vector<std::string> StringList(std::string_view key);
  Names NameField(std::string_view key);
  /// "source": a string or an array of strings.
  Sources SourceField();

  /// Reports a problem with a field of this record ("" for the record itself).
  void Error(std::string_view key, const std::string& message);
  void ErrorAt(const std::string& pointer, const std::string& message);
  void Warning(std::string_view key, const std::string& message);
  /// The fields not read, as an object in sorted key order (null when none); call
  /// last. Warns about a field that looks like a misspelt known one ("stgae").
  Extra Rest();

 private:
  void Start(JsonRef value);
  JsonRef Field(std::string_view key, bool required);
  std::optional<std::string> Text(std::string_view key, bool required, bool one_line);
  /// Counts a finding that the sink would not keep; true if so (no need to find where).
  bool CountOnly(Severity severity);
  void Report(Severity severity, const std::string& pointer, const std::string& message);

  const JsonDocument& doc_;
  const std::string& file_;
  std::string pointer_;
  DiagnosticSink& sink_;
  JsonRef object_;
  /// Where the search for the next field starts (JsonRef::FindFrom): fields are asked
  /// for in about the order they are written.
  std::uint32_t cursor_ = 0;
  /// The keys asked for, in the order asked: a record has a dozen or two, so a list held
  /// in the reader allocates nothing (most keys fit in a string without allocating).
  boost::container::small_vector<std::string, 24> read_;
};

/// The JSON type of a value in words: "a string", "an array", "null".
std::string DescribeJsonType(const nlohmann::ordered_json& value);

/// The longest id the format accepts, in bytes.
inline constexpr std::size_t kMaxIdLength = 128;

/// Whether `text` is a valid id: ASCII [a-z0-9][a-z0-9_-]*, at most kMaxIdLength bytes.
bool IsValidId(std::string_view text);

}  // namespace chainmap
