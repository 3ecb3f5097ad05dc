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

std::string PageAttributes(const PageOptions& page, OutputFormat format) {
  std::string attributes;
  if (page.preset == PagePreset::kSlide) {
    // Scaled up or down, proportions kept, to the largest size that fits the slide; the
    // renderer pads the drawing to the slide's shape (PageAspect).
    attributes += "  size=\"13.333,7.5!\"\n  margin=0\n";
  }
  if (format == OutputFormat::kPng) {
    const int dpi = page.dpi > 0 ? page.dpi : PageOptions::kDefaultPngDpi;
    attributes += "  dpi=" + std::to_string(dpi) + "\n";
  }
  return attributes;
}

}  // namespace chainmap
