#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace chainmap {

/// Pretty-prints JSON for files people edit and diff: two-space indent, UTF-8 as is,
/// and an array or object of scalars on one line when it fits in `width` columns
/// ("name": {"zh": "炼钢", "en": "Steelmaking"}). Ends with a newline.
std::string WriteJson(const nlohmann::ordered_json& value, std::size_t width = 100);

/// Appends `value` as WriteJson writes it inside a document: at `indent` spaces, with `used`
/// columns of its first line taken; no final newline. For documents written piece by piece
/// (a record file of a million records is never one tree).
void WriteJsonAt(const nlohmann::ordered_json& value, std::size_t indent, std::size_t used,
                 std::string& out, std::size_t width = 100);

/// Columns `text` takes as WriteJson counts them (a CJK character two).
std::size_t JsonDisplayWidth(std::string_view text);

}  // namespace chainmap
