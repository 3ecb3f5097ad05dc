#pragma once

#include <string>

namespace chainmap {

/// A number as people write it: the shortest form that reads back to the same double,
/// no trailing ".0" ("15", "1.52", "0.0001"); used by messages and every writer.
std::string FormatNumber(double value);

}  // namespace chainmap
