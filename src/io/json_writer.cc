#include "src/io/json_writer.h"

#include <charconv>

#include "src/io/json_document.h"
#include "src/io/utf8.h"

namespace chainmap {

std::size_t JsonDisplayWidth(std::string_view text) {
  std::size_t width = 0;
  for (const char ch : text)
    if (const auto c = static_cast<unsigned char>(ch); (c & 0xC0) != 0x80)
      width += c >= 0xE0 ? 2 : 1;  // CJK takes two columns
  return width;
}

namespace {

using Json = nlohmann::ordered_json;

/// Appends `text` as a JSON string, as nlohmann's dump(-1, ' ', false) writes it (UTF-8 as
/// is; ", \ and control characters escaped, \u00xx in lower case), without building a
/// temporary value. Invalid UTF-8 goes to nlohmann, which throws as before.
void AppendString(std::string_view text, std::string& out) {
  if (!IsValidUtf8(text)) {
    out += Json(std::string(text)).dump(-1, ' ', false);  // throws type_error 316
    return;
  }
  out += '"';
  std::size_t plain = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(text.data() + plain, text.size() - plain);
  out += '"';
}

template <typename Integer>
void AppendInteger(Integer value, std::string& out) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

/// Appends a scalar as JSON text; a RawNumber as it was written. Floating-point numbers
/// keep nlohmann's formatting (its shortest round-trip digits and ".0").
void AppendScalar(const Json& value, std::string& out) {
  switch (value.type()) {
    case Json::value_t::string:
      AppendString(value.get_ref<const std::string&>(), out);
      return;
    case Json::value_t::number_integer:
      AppendInteger(value.get<std::int64_t>(), out);
      return;
    case Json::value_t::number_unsigned:
      AppendInteger(value.get<std::uint64_t>(), out);
      return;
    case Json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      return;
    case Json::value_t::null:
      out += "null";
      return;
    default:
      out += IsRawNumber(value) ? RawNumberText(value) : value.dump(-1, ' ', false);
  }
}

bool IsFlat(const Json& value) {
  if (!value.is_structured()) return true;
  for (const auto& item : value)
    if (item.is_structured()) return false;
  return true;
}

/// Appends the one-line form of a flat value, with a space after ',' and ':'.
void AppendInline(const Json& value, std::string& out) {
  if (!value.is_structured()) return AppendScalar(value, out);
  const bool object = value.is_object();
  out += object ? '{' : '[';
  bool first = true;
  if (object) {
    for (const auto& [key, item] : value.items()) {
      if (!first) out += ", ";
      first = false;
      AppendString(key, out);
      out += ": ";
      AppendScalar(item, out);
    }
  } else {
    for (const auto& item : value) {
      if (!first) out += ", ";
      first = false;
      AppendScalar(item, out);
    }
  }
  out += object ? '}' : ']';
}

void Write(const Json& value, std::size_t indent, std::size_t used, std::size_t width,
           std::string& out) {
  if (IsFlat(value)) {
    // Written on one line where it fits; taken back otherwise.
    const std::size_t start = out.size();
    AppendInline(value, out);
    if (!value.is_structured() || value.empty() ||
        used + JsonDisplayWidth(std::string_view(out).substr(start)) <= width)
      return;
    out.resize(start);
  }
  const bool object = value.is_object();
  out += object ? '{' : '[';
  bool first = true;
  const auto item_line = [&] {
    out += first ? "\n" : ",\n";
    first = false;
    out.append(indent + 2, ' ');
  };
  if (object) {
    for (const auto& [key, item] : value.items()) {
      item_line();
      const std::size_t key_start = out.size();
      AppendString(key, out);
      out += ": ";
      const std::size_t prefix_width =
          indent + 2 + JsonDisplayWidth(std::string_view(out).substr(key_start));
      Write(item, indent + 2, prefix_width, width, out);
    }
  } else {
    for (const auto& item : value) {
      item_line();
      Write(item, indent + 2, indent + 2, width, out);
    }
  }
  out += '\n';
  out.append(indent, ' ');
  out += object ? '}' : ']';
}

}  // namespace

void WriteJsonAt(const nlohmann::ordered_json& value, std::size_t indent, std::size_t used,
                 std::string& out, std::size_t width) {
  Write(value, indent, used, width, out);
}

std::string WriteJson(const nlohmann::ordered_json& value, std::size_t width) {
  std::string out;
  Write(value, 0, 0, width, out);
  return out + "\n";
}

}  // namespace chainmap
