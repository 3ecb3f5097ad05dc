#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chainmap {

/// A number as people write it: the shortest form that reads back to the same double,
/// no trailing ".0" ("15", "1.52", "0.0001"); used by messages and every writer.
std::string FormatNumber(double value);

/// A count with its noun: "1 project", "2 projects", "0 projects"; `none` replaces the
/// zero when given ("no warnings").
std::string FormatCount(std::size_t n, std::string_view one, std::string_view many,
                        std::string_view none = {});

}  // namespace chainmap
