"""The place table of src/analysis/region_table.cc for the NetworkX peer: its data read
from that file (provinces, cities, borders, aliases; no second copy), its lookups ported
(FindPlace, DistanceKm, ProximityOf)."""
import math
import os
import re

SAME_CITY, SAME_PROVINCE, NEIGHBOUR, DOMESTIC, ABROAD, UNKNOWN = range(6)

def load_places():
    """The tables of src/analysis/region_table.cc: provinces, cities, borders, aliases."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "src", "analysis", "region_table.cc"),
              encoding="utf-8") as f:
        text = f.read()

    def block(name):
        return text[text.index(name):].split("};", 1)[0]

    num = r"(-?[\d.]+)"
    provinces = [(p, float(a), float(b)) for p, a, b in
                 re.findall(r'\{"([^"]+)",\s*' + num + r",\s*" + num + r"\}",
                            block("kProvinces[]"))]
    cities = [(p, c, float(a), float(b)) for p, c, a, b in
              re.findall(r'\{"([^"]+)",\s*"([^"]+)",\s*' + num + r",\s*" + num + r"\}",
                         block("kCities[]"))]
    pair = r'\{"([^"]+)",\s*"([^"]+)"\}'
    borders = re.findall(pair, block("kBorders[]"))
    aliases = re.findall(pair, block("kAliases[]"))
    return {"provinces": provinces, "cities": cities, "aliases": aliases,
            "neighbours": {frozenset(b) for b in borders},
            "municipalities": {"北京市", "天津市", "上海市", "重庆市"}}


def find_place(places, region):
    """(province, city, latitude, longitude) of a region, or None (FindPlace)."""
    province = rest = None
    for name, _, _ in places["provinces"]:
        if region.startswith(name):
            province, rest = name, region[len(name):]
    if province is None:
        for alias, name in places["aliases"]:
            if region.startswith(alias):
                province, rest = name, region[len(alias):]
                break
    if province is None:
        return None
    city = ""
    lat, lon = next((a, b) for name, a, b in places["provinces"] if name == province)
    if province in places["municipalities"]:
        return (province, province, lat, lon)
    for p, c, a, b in places["cities"]:
        if p == province and rest.startswith(c):
            city, lat, lon = c, a, b
    return (province, city, lat, lon)


def distance_km(a, b):
    rad = math.pi / 180.0
    dlat = (b[2] - a[2]) * rad
    dlon = (b[3] - a[3]) * rad
    h = (math.sin(dlat / 2) * math.sin(dlat / 2) +
         math.cos(a[2] * rad) * math.cos(b[2] * rad) * math.sin(dlon / 2) * math.sin(dlon / 2))
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def proximity(places, home, region, place):
    if not region:
        return UNKNOWN
    if place is None:
        return ABROAD
    if place[0] == home[0]:
        return SAME_CITY if home[1] and place[1] == home[1] else SAME_PROVINCE
    return NEIGHBOUR if frozenset((place[0], home[0])) in places["neighbours"] else DOMESTIC
