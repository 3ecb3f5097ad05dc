#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <vector>

#include "src/model/extra.h"

namespace chainmap {

/// Where a record comes from: seed file and section, "[pub] …" or "[gk] …".
using Sources = std::vector<std::string>;

/// A name in Chinese, and in English where known.
struct Names {
  std::string zh;
  std::string en;
  friend bool operator==(const Names&, const Names&) = default;
};

/// A link addressed zone-wide: the chain's index and the link's index in that chain.
struct LinkKey {
  std::size_t chain = 0;
  std::size_t link = 0;
  friend auto operator<=>(const LinkKey&, const LinkKey&) = default;
};

}  // namespace chainmap
