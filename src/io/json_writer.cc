#include "src/io/json_writer.h"

#include "src/io/json_document.h"

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

/// A scalar as JSON text; a RawNumber as it was written.
std::string Scalar(const Json& value) {
  return IsRawNumber(value) ? RawNumberText(value) : value.dump(-1, ' ', false);
}

bool IsFlat(const Json& value) {
  if (!value.is_structured()) return true;
  for (const auto& item : value)
    if (item.is_structured()) return false;
  return true;
}

/// One-line form with a space after ',' and ':'.
std::string Inline(const Json& value) {
  if (!value.is_structured()) return Scalar(value);
  std::string out(1, value.is_object() ? '{' : '[');
  bool first = true;
  for (const auto& [key, item] : value.items()) {
    if (!first) out += ", ";
    first = false;
    if (value.is_object()) out += Json(key).dump(-1, ' ', false) + ": ";
    out += item.is_structured() ? item.dump(-1, ' ', false) : Scalar(item);
  }
  return out + (value.is_object() ? '}' : ']');
}

void Write(const Json& value, std::size_t indent, std::size_t used, std::size_t width,
           std::string& out) {
  if (IsFlat(value)) {
    const std::string line = Inline(value);
    if (!value.is_structured() || value.empty() || used + JsonDisplayWidth(line) <= width) {
      out += line;
      return;
    }
  }
  const bool object = value.is_object();
  out += object ? '{' : '[';
  bool first = true;
  for (const auto& [key, item] : value.items()) {
    out += first ? "\n" : ",\n";
    first = false;
    std::string prefix(indent + 2, ' ');
    if (object) prefix += Json(key).dump(-1, ' ', false) + ": ";
    out += prefix;
    Write(item, indent + 2, JsonDisplayWidth(prefix), width, out);
  }
  out += "\n" + std::string(indent, ' ') + (object ? '}' : ']');
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
