#include "render/page.h"

namespace chainmap {

std::optional<PagePreset> ParsePagePreset(std::string_view text) {
  if (text == "slide") return PagePreset::kSlide;
  if (text == "natural") return PagePreset::kNatural;
  return std::nullopt;
}

std::optional<double> PageAspect(const PageOptions& page) {
  if (page.preset == PagePreset::kSlide) return 16.0 / 9.0;
  return std::nullopt;
}

int PngDpi(const PageOptions& page) {
  return page.dpi > 0 ? page.dpi : PageOptions::kDefaultPngDpi;
}

}  // namespace chainmap
