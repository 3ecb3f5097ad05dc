#include "src/analysis/region_table.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace chainmap {
namespace {

// Coordinates to a tenth of a degree, of each provincial capital (for a region that names
// only the province) and of the prefecture cities that the default data and the zone's
// province use. Sources: [gk] standard gazetteer coordinates of the city seats.
struct ProvinceRow {
  std::string_view name;
  double latitude, longitude;
};
constexpr ProvinceRow kProvinces[] = {
    {"北京市", 39.9, 116.4},       {"天津市", 39.1, 117.2},        {"河北省", 38.0, 114.5},
    {"山西省", 37.9, 112.6},       {"内蒙古自治区", 40.8, 111.8},  {"辽宁省", 41.8, 123.4},
    {"吉林省", 43.8, 125.3},       {"黑龙江省", 45.8, 126.5},      {"上海市", 31.2, 121.5},
    {"江苏省", 32.1, 118.8},       {"浙江省", 30.3, 120.2},        {"安徽省", 31.8, 117.2},
    {"福建省", 26.1, 119.3},       {"江西省", 28.7, 115.9},        {"山东省", 36.7, 117.1},
    {"河南省", 34.8, 113.6},       {"湖北省", 30.6, 114.3},        {"湖南省", 28.2, 112.9},
    {"广东省", 23.1, 113.3},       {"广西壮族自治区", 22.8, 108.4}, {"海南省", 20.0, 110.2},
    {"重庆市", 29.6, 106.6},       {"四川省", 30.6, 104.1},        {"贵州省", 26.6, 106.6},
    {"云南省", 25.0, 102.7},       {"西藏自治区", 29.7, 91.2},     {"陕西省", 34.3, 108.9},
    {"甘肃省", 36.1, 103.8},       {"青海省", 36.6, 101.8},        {"宁夏回族自治区", 38.5, 106.2},
    {"新疆维吾尔自治区", 43.8, 87.6}, {"台湾省", 25.0, 121.6},     {"香港特别行政区", 22.3, 114.2},
    {"澳门特别行政区", 22.2, 113.5},
};

struct CityRow {
  std::string_view province, city;
  double latitude, longitude;
};
constexpr CityRow kCities[] = {
    // 河南省: every prefecture city and 济源 (a province-administered city).
    {"河南省", "郑州市", 34.8, 113.6}, {"河南省", "开封市", 34.8, 114.3},
    {"河南省", "洛阳市", 34.6, 112.5}, {"河南省", "平顶山市", 33.8, 113.2},
    {"河南省", "安阳市", 36.1, 114.4}, {"河南省", "鹤壁市", 35.7, 114.3},
    {"河南省", "新乡市", 35.3, 113.9}, {"河南省", "焦作市", 35.2, 113.2},
    {"河南省", "濮阳市", 35.8, 115.0}, {"河南省", "许昌市", 34.0, 113.9},
    {"河南省", "漯河市", 33.6, 114.0}, {"河南省", "三门峡市", 34.8, 111.2},
    {"河南省", "南阳市", 33.0, 112.5}, {"河南省", "商丘市", 34.4, 115.7},
    {"河南省", "信阳市", 32.1, 114.1}, {"河南省", "周口市", 33.6, 114.7},
    {"河南省", "驻马店市", 33.0, 114.0}, {"河南省", "济源市", 35.1, 112.6},
    // Other provinces: the cities the default data names.
    {"云南省", "昆明市", 25.0, 102.7}, {"云南省", "玉溪市", 24.4, 102.5},
    {"内蒙古自治区", "乌海市", 39.7, 106.8}, {"内蒙古自治区", "鄂尔多斯市", 39.6, 109.8},
    {"吉林省", "吉林市", 43.8, 126.5}, {"四川省", "成都市", 30.6, 104.1},
    {"宁夏回族自治区", "银川市", 38.5, 106.2}, {"安徽省", "合肥市", 31.8, 117.2},
    {"安徽省", "淮北市", 33.9, 116.8}, {"安徽省", "芜湖市", 31.4, 118.4},
    {"安徽省", "蚌埠市", 32.9, 117.4}, {"安徽省", "铜陵市", 30.9, 117.8},
    {"安徽省", "黄山市", 29.7, 118.3}, {"山东省", "东营市", 37.4, 118.7},
    {"山东省", "威海市", 37.5, 122.1}, {"山东省", "德州市", 37.4, 116.4},
    {"山东省", "济南市", 36.7, 117.1}, {"山东省", "济宁市", 35.4, 116.6},
    {"山东省", "淄博市", 36.8, 118.1}, {"山东省", "滨州市", 37.4, 118.0},
    {"山东省", "潍坊市", 36.7, 119.2}, {"山东省", "烟台市", 37.5, 121.4},
    {"山东省", "聊城市", 36.5, 116.0}, {"山东省", "青岛市", 36.1, 120.4},
    {"山西省", "太原市", 37.9, 112.6}, {"广东省", "东莞市", 23.0, 113.8},
    {"广东省", "中山市", 22.5, 113.4}, {"广东省", "佛山市", 23.0, 113.1},
    {"广东省", "广州市", 23.1, 113.3}, {"广东省", "惠州市", 23.1, 114.4},
    {"广东省", "梅州市", 24.3, 116.1}, {"广东省", "汕头市", 23.4, 116.7},
    {"广东省", "江门市", 22.6, 113.1}, {"广东省", "深圳市", 22.5, 114.1},
    {"广东省", "珠海市", 22.3, 113.6}, {"新疆维吾尔自治区", "乌鲁木齐市", 43.8, 87.6},
    {"江苏省", "南京市", 32.1, 118.8}, {"江苏省", "南通市", 32.0, 120.9},
    {"江苏省", "宿迁市", 34.0, 118.3}, {"江苏省", "常州市", 31.8, 120.0},
    {"江苏省", "徐州市", 34.3, 117.3}, {"江苏省", "扬州市", 32.4, 119.4},
    {"江苏省", "无锡市", 31.5, 120.3}, {"江苏省", "泰州市", 32.5, 119.9},
    {"江苏省", "苏州市", 31.3, 120.6}, {"江苏省", "连云港市", 34.6, 119.2},
    {"江苏省", "镇江市", 32.2, 119.4}, {"江西省", "上饶市", 28.5, 117.9},
    {"江西省", "新余市", 27.8, 114.9}, {"江西省", "景德镇市", 29.3, 117.2},
    {"江西省", "赣州市", 25.8, 114.9}, {"河北省", "保定市", 38.9, 115.5},
    {"河北省", "廊坊市", 39.5, 116.7}, {"河北省", "石家庄市", 38.0, 114.5},
    {"河北省", "邢台市", 37.1, 114.5}, {"河北省", "邯郸市", 36.6, 114.5},
    {"浙江省", "台州市", 28.7, 121.4}, {"浙江省", "嘉兴市", 30.8, 120.8},
    {"浙江省", "宁波市", 29.9, 121.6}, {"浙江省", "杭州市", 30.3, 120.2},
    {"浙江省", "温州市", 28.0, 120.7}, {"浙江省", "湖州市", 30.9, 120.1},
    {"浙江省", "绍兴市", 30.0, 120.6}, {"浙江省", "衢州市", 29.0, 118.9},
    {"浙江省", "金华市", 29.1, 119.6}, {"湖北省", "十堰市", 32.6, 110.8},
    {"湖北省", "武汉市", 30.6, 114.3}, {"湖北省", "黄石市", 30.2, 115.0},
    {"湖南省", "岳阳市", 29.4, 113.1}, {"湖南省", "株洲市", 27.8, 113.1},
    {"湖南省", "湘潭市", 27.8, 112.9}, {"湖南省", "长沙市", 28.2, 112.9},
    {"甘肃省", "兰州市", 36.1, 103.8}, {"甘肃省", "天水市", 34.6, 105.7},
    {"甘肃省", "金昌市", 38.5, 102.2}, {"福建省", "厦门市", 24.5, 118.1},
    {"福建省", "宁德市", 26.7, 119.5}, {"福建省", "福州市", 26.1, 119.3},
    {"福建省", "龙岩市", 25.1, 117.0}, {"贵州省", "遵义市", 27.7, 106.9},
    {"辽宁省", "大连市", 38.9, 121.6}, {"辽宁省", "抚顺市", 41.9, 123.9},
    {"辽宁省", "沈阳市", 41.8, 123.4}, {"辽宁省", "辽阳市", 41.3, 123.2},
    {"陕西省", "宝鸡市", 34.4, 107.2}, {"陕西省", "西安市", 34.3, 108.9},
    {"青海省", "格尔木市", 36.4, 94.9}, {"黑龙江省", "七台河市", 45.8, 131.0},
};

// Land borders between provinces, each pair once. Source: [gk] the administrative map.
constexpr std::pair<std::string_view, std::string_view> kBorders[] = {
    {"北京市", "天津市"},         {"北京市", "河北省"},         {"天津市", "河北省"},
    {"河北省", "山西省"},         {"河北省", "内蒙古自治区"},   {"河北省", "辽宁省"},
    {"河北省", "山东省"},         {"河北省", "河南省"},         {"山西省", "内蒙古自治区"},
    {"山西省", "陕西省"},         {"山西省", "河南省"},         {"内蒙古自治区", "黑龙江省"},
    {"内蒙古自治区", "吉林省"},   {"内蒙古自治区", "辽宁省"},   {"内蒙古自治区", "陕西省"},
    {"内蒙古自治区", "宁夏回族自治区"}, {"内蒙古自治区", "甘肃省"}, {"辽宁省", "吉林省"},
    {"吉林省", "黑龙江省"},       {"上海市", "江苏省"},         {"上海市", "浙江省"},
    {"江苏省", "浙江省"},         {"江苏省", "安徽省"},         {"江苏省", "山东省"},
    {"浙江省", "安徽省"},         {"浙江省", "江西省"},         {"浙江省", "福建省"},
    {"安徽省", "江西省"},         {"安徽省", "湖北省"},         {"安徽省", "河南省"},
    {"安徽省", "山东省"},         {"福建省", "江西省"},         {"福建省", "广东省"},
    {"江西省", "湖北省"},         {"江西省", "湖南省"},         {"江西省", "广东省"},
    {"山东省", "河南省"},         {"河南省", "陕西省"},         {"河南省", "湖北省"},
    {"湖北省", "湖南省"},         {"湖北省", "重庆市"},         {"湖北省", "陕西省"},
    {"湖南省", "广东省"},         {"湖南省", "广西壮族自治区"}, {"湖南省", "贵州省"},
    {"湖南省", "重庆市"},         {"广东省", "广西壮族自治区"}, {"广东省", "香港特别行政区"},
    {"广东省", "澳门特别行政区"}, {"广西壮族自治区", "贵州省"}, {"广西壮族自治区", "云南省"},
    {"重庆市", "四川省"},         {"重庆市", "贵州省"},         {"重庆市", "陕西省"},
    {"四川省", "贵州省"},         {"四川省", "云南省"},         {"四川省", "西藏自治区"},
    {"四川省", "青海省"},         {"四川省", "甘肃省"},         {"四川省", "陕西省"},
    {"贵州省", "云南省"},         {"云南省", "西藏自治区"},     {"西藏自治区", "新疆维吾尔自治区"},
    {"西藏自治区", "青海省"},     {"陕西省", "宁夏回族自治区"}, {"陕西省", "甘肃省"},
    {"甘肃省", "新疆维吾尔自治区"}, {"甘肃省", "青海省"},     {"甘肃省", "宁夏回族自治区"},
    {"青海省", "新疆维吾尔自治区"},
};

/// Regions written with a prefix other than the province's full name.
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"中国台湾", "台湾省"}, {"台湾", "台湾省"}, {"香港", "香港特别行政区"},
    {"澳门", "澳门特别行政区"}};

bool IsMunicipality(std::string_view province) {
  return province == "北京市" || province == "天津市" || province == "上海市" ||
         province == "重庆市";
}

}  // namespace

std::string_view ChineseLabel(Proximity proximity) {
  switch (proximity) {
    case Proximity::kSameCity:
      return "同城";
    case Proximity::kSameProvince:
      return "同省";
    case Proximity::kNeighbour:
      return "邻省";
    case Proximity::kDomestic:
      return "省外";
    case Proximity::kAbroad:
      return "境外";
    case Proximity::kUnknown:
      return "不详";
  }
  return "";
}

std::optional<Place> FindPlace(std::string_view region) {
  std::string_view province;
  std::string_view rest;
  for (const ProvinceRow& p : kProvinces)
    if (region.starts_with(p.name)) {
      province = p.name;
      rest = region.substr(p.name.size());
    }
  if (province.empty())
    for (const auto& [alias, name] : kAliases)
      if (region.starts_with(alias)) {
        province = name;
        rest = region.substr(alias.size());
        break;
      }
  if (province.empty()) return std::nullopt;
  Place place;
  place.province = std::string(province);
  for (const ProvinceRow& p : kProvinces)
    if (p.name == province) place.latitude = p.latitude, place.longitude = p.longitude;
  if (IsMunicipality(province)) {
    place.city = place.province;
    return place;
  }
  for (const CityRow& c : kCities)
    if (c.province == province && rest.starts_with(c.city)) {
      place.city = std::string(c.city);
      place.latitude = c.latitude;
      place.longitude = c.longitude;
    }
  return place;
}

bool AreNeighbours(std::string_view a, std::string_view b) {
  return std::any_of(std::begin(kBorders), std::end(kBorders), [&](const auto& border) {
    return (border.first == a && border.second == b) || (border.first == b && border.second == a);
  });
}

double DistanceKm(const Place& a, const Place& b) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRad = std::numbers::pi / 180.0;
  const double dlat = (b.latitude - a.latitude) * kRad;
  const double dlon = (b.longitude - a.longitude) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(a.latitude * kRad) *
                                                                 std::cos(b.latitude * kRad) *
                                                                 std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Proximity ProximityOf(const Place& home, std::string_view region) {
  if (region.empty()) return Proximity::kUnknown;
  const auto place = FindPlace(region);
  if (!place) return Proximity::kAbroad;
  if (place->province == home.province)
    return !home.city.empty() && place->city == home.city ? Proximity::kSameCity
                                                          : Proximity::kSameProvince;
  return AreNeighbours(place->province, home.province) ? Proximity::kNeighbour
                                                       : Proximity::kDomestic;
}

}  // namespace chainmap
