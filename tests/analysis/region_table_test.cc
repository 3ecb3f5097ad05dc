#include "src/analysis/region_table.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

TEST_CASE("regions are read as province and prefecture city") {
  auto jiyuan = FindPlace("河南省济源市");
  REQUIRE(jiyuan);
  CHECK(jiyuan->province == "河南省");
  CHECK(jiyuan->city == "济源市");
  auto beijing = FindPlace("北京市");
  REQUIRE(beijing);
  CHECK(beijing->city == "北京市");
  auto guangdong = FindPlace("广东省");  // province only: the capital's coordinates
  REQUIRE(guangdong);
  CHECK(guangdong->city.empty());
  CHECK(guangdong->latitude == Approx(23.1));
  CHECK(FindPlace("中国台湾")->province == "台湾省");
  CHECK_FALSE(FindPlace("日本"));
  CHECK_FALSE(FindPlace(""));
}

TEST_CASE("proximity classes from the zone's place") {
  const Place home = *FindPlace("河南省济源市");
  CHECK(ProximityOf(home, "河南省济源市") == Proximity::kSameCity);
  CHECK(ProximityOf(home, "河南省洛阳市") == Proximity::kSameProvince);
  CHECK(ProximityOf(home, "山西省太原市") == Proximity::kNeighbour);
  CHECK(ProximityOf(home, "广东省深圳市") == Proximity::kDomestic);
  CHECK(ProximityOf(home, "德国") == Proximity::kAbroad);
  CHECK(ProximityOf(home, "") == Proximity::kUnknown);
  CHECK(AreNeighbours("河南省", "湖北省"));
  CHECK(AreNeighbours("湖北省", "河南省"));
  CHECK_FALSE(AreNeighbours("河南省", "河南省"));
  CHECK_FALSE(AreNeighbours("河南省", "广东省"));
  CHECK(ChineseLabel(Proximity::kNeighbour) == "邻省");
}

TEST_CASE("great-circle distances") {
  // 济源 (35.1, 112.6) to 洛阳 (34.6, 112.5): 56.3 km by the haversine formula (computed in Python).
  const double km = DistanceKm(*FindPlace("河南省济源市"), *FindPlace("河南省洛阳市"));
  CHECK(km == Approx(56.3).margin(1));
  // 北京 (39.9, 116.4) to 上海 (31.2, 121.5): 1,071 km by the same formula (independently computed in Python).
  CHECK(DistanceKm(*FindPlace("北京市"), *FindPlace("上海市")) == Approx(1071.3).margin(1));
}

}  // namespace
}  // namespace chainmap
