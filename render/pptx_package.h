#pragma once

#include <string>
#include <vector>

namespace chainmap {

/// The bytes of a PPTX presentation of 16:9 slides, one per slide part XML (PptxSlide),
/// in order: one slide master with one blank layout, a theme whose fonts are the
/// deck's Latin and East Asian typefaces, and document properties with `title` and no
/// dates (so that the same slides give the same bytes).
std::string PptxBytes(const std::vector<std::string>& slides, const std::string& title);

}  // namespace chainmap
