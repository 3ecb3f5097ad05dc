#pragma once

#include <string_view>

namespace chainmap {

/// Whether date `a` is after date `b` at the precision of the less precise one
/// ("2024-07" is after "2024-06"; "2024-06-30" is not after "2024-06").
bool DateAfter(std::string_view a, std::string_view b);

}  // namespace chainmap
