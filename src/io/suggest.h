#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

/// The known id closest to `wanted` by edit distance, if close enough to be a likely
/// typo (distance ≤ max(2, length/3)); ties go to the first in `known`. Empty if none.
std::string NearestId(std::string_view wanted, const std::vector<std::string>& known);

/// " (did you mean 'x'?)" for the nearest id, or "" when there is none.
std::string DidYouMean(std::string_view wanted, const std::vector<std::string>& known);

/// Levenshtein distance between two byte strings.
std::size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace chainmap
