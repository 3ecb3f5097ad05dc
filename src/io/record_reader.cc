#include "src/io/record_reader.h"

#include "src/io/number_format.h"
#include "src/io/suggest.h"
#include "src/io/text_rule.h"

#include <algorithm>
#include <cmath>

namespace chainmap {

std::string DescribeJsonType(const nlohmann::ordered_json& value) {
  switch (value.type()) {
    case nlohmann::ordered_json::value_t::object:
      return "an object";
    case nlohmann::ordered_json::value_t::array:
      return "an array";
    case nlohmann::ordered_json::value_t::string:
      return "a string";
    case nlohmann::ordered_json::value_t::boolean:
      return "a boolean";
    case nlohmann::ordered_json::value_t::null:
      return "null";
    default:
      return "a number";
  }
}

bool IsValidId(std::string_view text) {
  if (text.empty() || text.size() > kMaxIdLength) return false;
  const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!alnum(text[0])) return false;
  for (char c : text)
    if (!alnum(c) && c != '-' && c != '_') return false;
  return true;
}

RecordReader::RecordReader(const JsonDocument& doc, const std::string& file, std::string pointer,
                           DiagnosticSink& sink)
    : doc_(doc), file_(file), pointer_(std::move(pointer)), sink_(sink) {
  Start(doc_.Find(pointer_));
}

RecordReader::RecordReader(const JsonDocument& doc, const std::string& file, std::string pointer,
                           JsonRef value, DiagnosticSink& sink)
    : doc_(doc), file_(file), pointer_(std::move(pointer)), sink_(sink) {
  Start(value);
}

void RecordReader::Start(JsonRef value) {
  if (value && value.is_object()) {
    object_ = value;
  } else if (!CountOnly(Severity::kError)) {
    Report(Severity::kError, pointer_,
           "expected an object, found " + (value ? DescribeJsonType(value) : "nothing"));
  }
}

std::string RecordReader::PointerTo(std::string_view key) const {
  if (key.empty()) return pointer_;
  return pointer_ + "/" + JsonPointerToken(key);
}

bool RecordReader::CountOnly(Severity severity) {
  if (sink_.Keeps(severity)) return false;
  sink_.Count(severity);  // only counted: no need to find its pointer or position
  return true;
}

void RecordReader::Report(Severity severity, const std::string& pointer,
                          const std::string& message) {
  sink_.Add({severity, file_, doc_.PositionOf(pointer), pointer.empty() ? "/" : pointer, message});
}

void RecordReader::Error(std::string_view key, const std::string& message) {
  if (!CountOnly(Severity::kError)) Report(Severity::kError, PointerTo(key), message);
}

void RecordReader::ErrorAt(const std::string& pointer, const std::string& message) {
  if (!CountOnly(Severity::kError)) Report(Severity::kError, pointer, message);
}

void RecordReader::Warning(std::string_view key, const std::string& message) {
  if (!CountOnly(Severity::kWarning)) Report(Severity::kWarning, PointerTo(key), message);
}

bool RecordReader::Has(std::string_view key) const { return static_cast<bool>(object_.Find(key)); }

JsonRef RecordReader::Field(std::string_view key, bool required) {
  if (!object_) return {};
  read_.emplace_back(key);
  const JsonRef value = object_.FindFrom(key, cursor_);
  if (!value || value.is_null()) {
    if (required) Error("", "missing required field '" + std::string(key) + "'");
    return {};
  }
  return value;
}

std::optional<std::string> RecordReader::Text(std::string_view key, bool required, bool one_line) {
  const JsonRef value = Field(key, required);
  if (!value) return std::nullopt;
  if (!value.is_string()) {
    Error(key, "expected a string, found " + DescribeJsonType(value));
    return std::nullopt;
  }
  const TextKind kind = one_line ? TextKind::kLine : TextKind::kFreeText;
  const std::string_view text = value.string();
  if (const auto problem = FindControlCharacter(text, kind)) {
    Error(key, ControlCharacterMessage(*problem, kind));
    return std::nullopt;
  }
  if (const auto problem = TextLengthProblem(text)) {
    Error(key, *problem);
    return std::nullopt;
  }
  return std::string(text);
}

std::optional<std::string> RecordReader::String(std::string_view key, bool required) {
  return Text(key, required, false);
}

std::optional<std::string> RecordReader::Line(std::string_view key, bool required) {
  return Text(key, required, true);
}

namespace {

/// `text` for a message: whole when short, else its first 40 bytes (cut at a character
/// boundary), "…" and its length, so that a 1 MB value does not make a 1 MB message.
std::string Excerpt(std::string_view text) {
  if (text.size() <= 64) return std::string(text);
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "… (" + std::to_string(text.size()) + " bytes)";
}

/// `text` with characters that show as nothing written "<U+FEFF>": a byte-order mark,
/// zero-width and no-break spaces, the ideographic space.
std::string ShowInvisible(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kInvisible[] = {
      {"\xEF\xBB\xBF", "<U+FEFF>"}, {"\xE2\x80\x8B", "<U+200B>"}, {"\xE2\x80\x8C", "<U+200C>"},
      {"\xE2\x80\x8D", "<U+200D>"}, {"\xE2\x81\xA0", "<U+2060>"}, {"\xC2\xA0", "<U+00A0>"},
      {"\xE3\x80\x80", "<U+3000>"}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [bytes, shown] : kInvisible) {
      if (text.substr(i, bytes.size()) == bytes) {
        out += shown;
        i += bytes.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

/// Whether a number's usual JSON form differs from `text` (so that a round trip would
/// change it): "1e2" is saved as 100.0, "1.50" as 1.5.
bool LosesText(const nlohmann::ordered_json& value, const std::string& text) {
  return !text.empty() && value.dump() != text;
}

}  // namespace

std::optional<std::string> RecordReader::Id(std::string_view key, bool required) {
  // Not through String(): an id with a control character gets the id message, which
  // shows the id (escaped for the terminal when printed) and says what an id may hold.
  const JsonRef value = Field(key, required);
  if (!value) return std::nullopt;
  if (!value.is_string()) {
    Error(key, "expected a string, found " + DescribeJsonType(value));
    return std::nullopt;
  }
  std::string text(value.string());
  if (IsValidId(text)) return text;
  const std::string shown = ShowInvisible(Excerpt(text));
  std::string why;
  if (const auto problem = FindControlCharacter(text, TextKind::kLine)) {
    why = " (it holds " + DescribeControlCharacter(*problem) + ": remove it)";
  } else if (const std::size_t at = shown.find("<U+"); at != std::string::npos) {
    why = " (it holds an invisible character, shown as " + shown.substr(at, 8) + ": remove it)";
  }
  Error(key, "'" + shown +
                 "' is not a valid id: use lower-case ASCII letters, digits, '-' and '_', "
                 "starting with a letter or digit" +
                 why);
  return std::nullopt;
}

std::optional<bool> RecordReader::Bool(std::string_view key, bool required) {
  const JsonRef value = Field(key, required);
  if (!value) return std::nullopt;
  if (!value.is_boolean()) {
    Error(key, "expected true or false, found " + DescribeJsonType(value));
    return std::nullopt;
  }
  return value.boolean();
}

std::optional<double> RecordReader::Number(std::string_view key, bool required, double minimum) {
  const JsonRef value = Field(key, required);
  if (!value) return std::nullopt;
  if (!value.is_number()) {
    Error(key, "expected a number, found " + DescribeJsonType(value));
    return std::nullopt;
  }
  const double number = value.number();
  if (!std::isfinite(number) || number < minimum) {
    Error(key, "must be at least " + FormatNumber(minimum) + ", found " + value.Dump());
    return std::nullopt;
  }
  return number;
}

std::optional<double> RecordReader::Number(std::string_view key, bool required, double minimum,
                                           double maximum, std::string_view why_at_most) {
  const auto number = Number(key, required, minimum);
  if (!number || *number <= maximum) return number;
  Error(key, FormatNumber(*number) + " is more than " + FormatNumber(maximum) + ", " +
                 std::string(why_at_most));
  return std::nullopt;
}

std::optional<long long> RecordReader::Integer(std::string_view key, bool required,
                                               long long minimum, long long maximum) {
  const JsonRef value = Field(key, required);
  if (!value) return std::nullopt;
  if (!value.is_number_integer()) {
    Error(key, "expected a whole number, found " +
                   (value.is_number() ? value.Dump() : DescribeJsonType(value)));
    return std::nullopt;
  }
  const long long number = value.integer();
  if (number < minimum || number > maximum) {
    Error(key, "must be between " + std::to_string(minimum) + " and " + std::to_string(maximum) +
                   ", found " + std::to_string(number));
    return std::nullopt;
  }
  return number;
}

JsonRef RecordReader::Array(std::string_view key, bool required) {
  const JsonRef value = Field(key, required);
  if (!value) return {};
  if (!value.is_array()) {
    Error(key, "expected an array, found " + DescribeJsonType(value));
    return {};
  }
  return value;
}

std::vector<std::string> RecordReader::StringList(std::string_view key) {
  std::vector<std::string> out;
  const JsonRef array = Array(key, false);
  if (!array) return out;
  out.reserve(array.size());
  std::size_t i = 0;
  for (const JsonRef item : array.elements()) {
    const std::size_t at = i++;
    if (!item.is_string()) {
      ErrorAt(PointerTo(key) + "/" + std::to_string(at),
              "expected a string, found " + DescribeJsonType(item));
      continue;
    }
    if (const auto problem = TextLengthProblem(item.string())) {
      ErrorAt(PointerTo(key) + "/" + std::to_string(at), *problem);
      continue;
    }
    out.emplace_back(item.string());
  }
  return out;
}

Names RecordReader::NameField(std::string_view key) {
  Names names;
  if (!Field(key, true)) return names;
  RecordReader inner(doc_, file_, PointerTo(key), sink_);
  if (!inner.ok()) return names;
  if (auto zh = inner.Line("zh", true)) {
    if (zh->empty()) inner.Error("zh", "must not be empty");
    names.zh = *zh;
  }
  names.en = inner.Line("en", false).value_or("");
  inner.object_.ForEachMember([&](std::string_view k, JsonRef) {
    if (k != "zh" && k != "en") inner.Error(k, "unknown field in a name: use \"zh\" and \"en\"");
  });
  return names;
}

Sources RecordReader::SourceField() {
  Sources out;
  const JsonRef value = Field("source", false);
  if (!value) return out;
  if (value.is_string()) {
    if (const auto problem = TextLengthProblem(value.string()))
      Error("source", *problem);
    else if (!value.string().empty())
      out.emplace_back(value.string());
    return out;
  }
  if (!value.is_array()) {
    Error("source", "expected a string or an array of strings, found " + DescribeJsonType(value));
    return out;
  }
  // Empty strings say nothing, as a lone "" does: dropped, so that a saved zone loads equal.
  Sources list = StringList("source");
  list.erase(std::remove(list.begin(), list.end(), std::string()), list.end());
  return list;
}

namespace {

/// `value` (at `pointer` in `doc`) with each number whose text a round trip would change
/// replaced by that text as a RawNumber.
nlohmann::ordered_json KeepNumberText(const JsonDocument& doc, const std::string& pointer,
                                      const nlohmann::ordered_json& value) {
  if (value.is_number_float() || value.is_number_unsigned()) {
    const std::string text = doc.NumberText(pointer);
    return LosesText(value, text) ? RawNumber(text) : value;
  }
  if (value.is_number_integer()) {  // "-0" is the one integer whose text int64 loses
    const std::string text = value == 0 ? doc.NumberText(pointer) : "";
    return LosesText(value, text) ? RawNumber(text) : value;
  }
  if (!value.is_structured()) return value;
  nlohmann::ordered_json out = value;
  if (value.is_object()) {
    for (const auto& [key, item] : value.items())
      out[key] = KeepNumberText(doc, pointer + "/" + JsonPointerToken(key), item);
  } else {
    for (std::size_t i = 0; i < value.size(); ++i)
      out[i] = KeepNumberText(doc, pointer + "/" + std::to_string(i), value[i]);
  }
  return out;
}

/// A flat `value` as a tree, with each number whose text a round trip would change kept
/// as that text (a RawNumber), as KeepNumberText does for a tree.
nlohmann::ordered_json KeepNumberText(JsonRef value) {
  if (value.is_number()) {
    nlohmann::ordered_json out = value.ToTree();
    const bool check = !value.is_number_integer() || value.type() == JsonType::kUnsigned ||
                       value.integer() == 0;  // "-0" is the one integer whose text int64 loses
    const std::string text = check ? std::string(value.NumberText()) : "";
    return LosesText(out, text) ? RawNumber(text) : out;
  }
  if (value.is_object()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    value.ForEachMember(
        [&](std::string_view key, JsonRef item) { out[std::string(key)] = KeepNumberText(item); });
    return out;
  }
  if (value.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const JsonRef item : value.elements()) out.push_back(KeepNumberText(item));
    return out;
  }
  return value.ToTree();
}

}  // namespace

Extra RecordReader::Rest() {
  if (!object_) return {};  // nothing held, for the usual record without unknown fields
  // Sorted by key: the order the saver writes them in, so that a round trip compares equal.
  std::vector<std::string> keys;
  object_.ForEachMember([&](std::string_view key, JsonRef) {
    if (std::find(read_.begin(), read_.end(), key) == read_.end()) keys.emplace_back(key);
  });
  if (keys.empty()) return {};
  std::sort(keys.begin(), keys.end());
  std::vector<std::string> known(read_.begin(), read_.end());
  std::sort(known.begin(), known.end());
  known.erase(std::unique(known.begin(), known.end()), known.end());
  nlohmann::ordered_json rest;
  for (const std::string& key : keys) {
    const JsonRef value = object_.Find(key);
    rest[key] =
        value.tree() ? KeepNumberText(doc_, PointerTo(key), *value.tree()) : KeepNumberText(value);
    if (const std::string near = NearestId(key, known); !near.empty())
      Warning(key, "unknown field '" + key + "' is kept as it is: did you mean '" + near +
                       "'? (a misspelt field is not read)");
  }
  return Extra(std::move(rest));
}

}  // namespace chainmap
