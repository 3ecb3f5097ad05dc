#pragma once

#include <string>
#include <string_view>

#include "src/extract/extraction.h"

namespace chainmap {

/// Reads a proposals file as `chainmap extract --format json` writes it, after review: an
/// entry with "accept": false is left out, and fields may have been corrected. Throws
/// InputError with the file, line:column and JSON path of what is wrong.
Extraction ReadProposalsJson(std::string_view text, const std::string& display);

}  // namespace chainmap
