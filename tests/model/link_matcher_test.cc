#include "src/model/link_matcher.h"

#include <catch2/catch.hpp>

#include "tests/analysis/zone_builder.h"

using namespace chainmap;

namespace {

/// steel: bar and wire-rod both list C3130 (a tie); springs C3483; gears C3453 (C345 on
/// reducers); carbon fibre has keywords only.
Zone MatcherZone() {
  testing::ZoneBuilder b;
  b.AddChain("steel", {"bar", "wire-rod", "springs", "gears"}, {});
  b.AddChain("equipment", {"reducers", "carbon-fibre"}, {});
  Zone zone;
  for (Chain chain : b.zone.chains()) {
    std::vector<Link> links = chain.links();
    for (Link& l : links) {
      if (l.id == "bar") l.industry_codes = {"C3130"}, l.keywords = {"棒材", "齿轮钢"};
      if (l.id == "wire-rod") l.industry_codes = {"C3130"}, l.keywords = {"线材", "盘条"};
      if (l.id == "springs") l.industry_codes = {"C3483"}, l.keywords = {"弹簧"};
      if (l.id == "gears") l.industry_codes = {"C3453"}, l.keywords = {"齿轮"};
      if (l.id == "reducers") l.industry_codes = {"C345"}, l.keywords = {"减速器"};
      if (l.id == "carbon-fibre") l.keywords = {"碳纤维"};
    }
    chain.SetTopology(links, chain.edges());
    zone.AddChain(chain);
  }
  return zone;
}

}  // namespace

TEST_CASE("link matcher: the most specific code wins, a tie is never spread", "[model][matcher]") {
  const Zone zone = MatcherZone();
  const LinkMatcher m(zone);
  auto links = [&](std::vector<std::string> codes, std::string_view text) {
    std::string out;
    for (const LinkKey k : m.Match(codes, text).links) out += zone.QualifiedId(k) + " ";
    return out;
  };
  CHECK(links({"C3483"}, "") == "steel/springs ");
  CHECK(links({"C3453"}, "") == "steel/gears ");         // C3453 beats C345
  CHECK(links({"C3459"}, "") == "equipment/reducers ");  // only C345 covers it
  CHECK(links({"C3130"}, "钢材销售").empty());           // tied, no keyword: nowhere
  CHECK(m.Match({"C3130"}, "钢材销售").how ==
        "行业 C3130 fits 2 links equally (steel/bar, steel/wire-rod) and 经营范围 names none "
        "of their keywords");
  CHECK(links({"C3130"}, "盘条生产") == "steel/wire-rod ");
  CHECK(links({"C3130"}, "齿轮钢棒材及盘条") == "steel/bar steel/wire-rod ");  // each on its own
  CHECK(links({"F5211"}, "碳纤维复合材料") == "equipment/carbon-fibre ");
  CHECK(links({"3130"}, "线材") == "steel/wire-rod ");  // no section letter: digits decide
  CHECK(links({"B3130"}, "").empty());                  // another section: no match by code
}

TEST_CASE("link matcher: placing without the sentence puts a firm where Match does",
          "[model][matcher]") {
  const Zone zone = MatcherZone();
  const LinkMatcher m(zone);
  for (const auto& [codes, text] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"C3483"}, ""},
           {{"C3130"}, "钢材销售"},
           {{"C3130"}, "齿轮钢棒材及盘条"},
           {{"F5211"}, "碳纤维复合材料"},
           {{}, "谐波减速器、齿轮"},
           {{"B3130"}, ""},
           {{"C3459", "C3483"}, ""}}) {
    INFO(text);
    CHECK(m.Place(codes, text) == m.Match(codes, text).links);
  }
  CHECK(m.Place({}, "谐波减速器、齿轮").size() == 2);  // one keyword each: both
}
