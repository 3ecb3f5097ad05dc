#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chainmap {

/// How far a candidate's home is from the zone, by the administrative map: same
/// prefecture city, same province, a neighbouring province, elsewhere in China, abroad,
/// or unknown (no region recorded, or one the table does not know).
enum class Proximity { kSameCity, kSameProvince, kNeighbour, kDomestic, kAbroad, kUnknown };

/// 同城, 同省, 邻省, 省外, 境外, 不详.
std::string_view ChineseLabel(Proximity proximity);

/// A place found in the region table: its province, its prefecture city when the region
/// names one the table knows (empty otherwise), and the coordinates used for distances
/// (the city's, else the provincial capital's).
struct Place {
  std::string province;  ///< "河南省", "北京市".
  std::string city;      ///< "济源市"; for a municipality the municipality itself.
  double latitude = 0;
  double longitude = 0;
};

/// Reads a region as the data writes it ("河南省济源市", "北京市", "广东省", "中国台湾"):
/// the province prefix, then a prefecture city of the table. nullopt when the region
/// starts with no province of the table (a foreign country, or empty).
std::optional<Place> FindPlace(std::string_view region);

/// Whether two provinces share a land border (a province is not its own neighbour).
bool AreNeighbours(std::string_view province_a, std::string_view province_b);

/// Great-circle distance in km between two places.
double DistanceKm(const Place& a, const Place& b);

/// The proximity class of `region` as seen from `home`.
Proximity ProximityOf(const Place& home, std::string_view region);

}  // namespace chainmap
