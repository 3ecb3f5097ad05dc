#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "render/graphviz.h"

namespace chainmap {

/// A page preset: kNatural lets the map take the size it needs; kSlide fits it on a
/// 16:9 slide (13.333 × 7.5 in, the size of a PowerPoint/Keynote wide slide).
enum class PagePreset { kNatural, kSlide };

/// Parses "slide" (and "natural"); nullopt for anything else.
std::optional<PagePreset> ParsePagePreset(std::string_view text);

/// How a map is put on its page.
struct PageOptions {
  PagePreset preset = PagePreset::kNatural;
  int dpi = 0;  ///< PNG resolution; 0 means kDefaultPngDpi.
  static constexpr int kDefaultPngDpi = 192;
};

/// The page's shape, width / height, for GraphvizContext::Render: 16/9 for a slide,
/// nullopt for a natural page.
std::optional<double> PageAspect(const PageOptions& page);

/// The PNG resolution the page asks for, in dots per inch.
int PngDpi(const PageOptions& page);

}  // namespace chainmap
