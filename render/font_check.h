#pragma once

#include <optional>
#include <string>

namespace chainmap {

/// Asks fontconfig whether a font that draws Chinese is installed: the map font
/// (kMapFont), or failing that any font covering 中文. Returns a warning for the user
/// when none is, since Graphviz would then draw every Chinese character as an empty box
/// (tofu) without a word; nullopt when one is.
std::optional<std::string> MissingCjkFontWarning();

}  // namespace chainmap
