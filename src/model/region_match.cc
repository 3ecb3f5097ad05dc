#include "src/model/region_match.h"

#include <array>

namespace chainmap {
namespace {

/// "河南省" → "河南", "济源市" → "济源", "广西壮族自治区" → "广西壮族".
std::string_view Core(std::string_view place) {
  static constexpr std::array<std::string_view, 6> kSuffixes = {"自治区", "自治州", "省",
                                                                "市",     "区",     "县"};
  for (const std::string_view s : kSuffixes)
    if (place.size() > s.size() + 3 && place.substr(place.size() - s.size()) == s)
      return place.substr(0, place.size() - s.size());
  return place;
}

}  // namespace

std::optional<bool> InZoneRegion(const ZoneRegion& region, std::string_view province,
                                 std::string_view city, std::string_view county,
                                 std::string_view address) {
  if (region.province.empty()) return std::nullopt;
  if (!province.empty() || !city.empty()) {
    if (!province.empty() && Core(province) != Core(region.province)) return false;
    if (!region.city.empty()) {
      if (city.empty()) return std::nullopt;
      if (Core(city) != Core(region.city)) return false;
    }
    if (!region.counties.empty() && !county.empty()) {
      for (const std::string& c : region.counties)
        if (Core(c) == Core(county)) return true;
      return false;
    }
    return true;
  }
  if (!address.empty() && !region.city.empty())
    return address.find(Core(region.city)) != std::string_view::npos;
  return std::nullopt;
}

}  // namespace chainmap
