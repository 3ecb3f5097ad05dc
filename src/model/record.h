#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace chainmap {

/// Fields a file carries that chainmap does not know; kept so that a round trip
/// loses nothing. A JSON object, or null when there are none (a million records
/// without unknown fields then allocate nothing for them).
using Extra = nlohmann::ordered_json;

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
