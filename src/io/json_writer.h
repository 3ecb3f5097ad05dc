#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace chainmap {

/// Pretty-prints JSON for files people edit and diff: two-space indent, UTF-8 as is,
/// and an array or object of scalars on one line when it fits in `width` columns
/// ("name": {"zh": "炼钢", "en": "Steelmaking"}). Ends with a newline.
std::string WriteJson(const nlohmann::ordered_json& value, std::size_t width = 100);

}  // namespace chainmap
