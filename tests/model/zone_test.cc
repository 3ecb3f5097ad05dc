#include "src/model/zone.h"

#include <catch2/catch.hpp>

using namespace chainmap;

namespace {

Chain MakeChain(const std::string& id, std::vector<std::string> link_ids) {
  Chain chain;
  chain.id = id;
  chain.name.zh = id;
  std::vector<Link> links;
  for (auto& l : link_ids) {
    Link link;
    link.id = l;
    link.name = {l, ""};
    links.push_back(link);
  }
  std::vector<Edge> edges;
  for (std::size_t i = 1; i < links.size(); ++i) edges.push_back(Edge{i - 1, i, "", {}, {}});
  chain.SetTopology(std::move(links), std::move(edges));
  return chain;
}

}  // namespace

TEST_CASE("the zone owns its records, look-ups return null for unknown ids", "[model]") {
  Zone zone;
  zone.AddChain(MakeChain("steel", {"ore", "steelmaking", "wire-rod"}));
  zone.AddChain(MakeChain("nev", {"springs", "vehicle"}));
  REQUIRE(zone.FindChain("steel") != nullptr);
  CHECK(zone.FindChain("steel")->links().size() == 3);
  CHECK(zone.FindChain("stee") == nullptr);
  CHECK(zone.ChainIndex("nev") == 1u);

  CHECK(zone.FindLink("steel/wire-rod") == LinkKey{0, 2});
  CHECK(zone.FindLink("nev/vehicle") == LinkKey{1, 1});
  CHECK_FALSE(zone.FindLink("steel/vehicle"));
  CHECK_FALSE(zone.FindLink("wire-rod"));
  CHECK(zone.QualifiedId(LinkKey{1, 0}) == "nev/springs");

  Enterprise mill;
  mill.id = "mill";
  mill.local = true;
  mill.links = {LinkKey{0, 1}, LinkKey{0, 2}};
  zone.AddEnterprise(mill);
  Enterprise spring;
  spring.id = "spring";
  spring.links = {LinkKey{0, 2}, LinkKey{1, 0}};
  zone.AddEnterprise(spring);
  CHECK(zone.FindEnterprise("spring")->links.size() == 2);
  CHECK(zone.FindEnterprise("nobody") == nullptr);

  const auto by_link = zone.EnterprisesByLink();
  CHECK(by_link[0][0].empty());
  CHECK(by_link[0][2] == std::vector<std::size_t>{0, 1});
  CHECK(by_link[1][0] == std::vector<std::size_t>{1});

  Project p;
  p.id = "p1";
  p.links = {LinkKey{1, 1}};
  zone.AddProject(p);
  CHECK(zone.ProjectsByLink()[1][1] == std::vector<std::size_t>{0});
  CHECK(zone.FindProject("p1") != nullptr);
  CHECK(zone.FindProject("p2") == nullptr);
}
