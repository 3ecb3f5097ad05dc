#include "src/model/date_order.h"

#include <algorithm>
#include <cstddef>

namespace chainmap {

bool DateAfter(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  return a.substr(0, n) > b.substr(0, n);
}

}  // namespace chainmap
