// Every link of the zone's seven chains can be found by registry import: it lists GB/T
// 4754-2017 codes where one exists and 经营范围 keywords (all of them have some).
#include <catch2/catch.hpp>
#include "test_paths.h"

#include "src/io/zone_loader.h"

using namespace chainmap;

TEST_CASE("chains/: no link without industry codes or keywords", "[model][chains]") {
  const LoadedZone loaded =
      LoadZoneDirectory(std::filesystem::path(CHAINMAP_SOURCE_DIR) / "chains");
  std::size_t links = 0, coded = 0;
  for (const Chain& chain : loaded.zone.chains())
    for (const Link& link : chain.links()) {
      INFO(chain.id << "/" << link.id);
      CHECK((!link.industry_codes.empty() || !link.keywords.empty()));
      CHECK(!link.keywords.empty());
      ++links;
      coded += !link.industry_codes.empty();
    }
  CHECK(loaded.zone.chains().size() == 7);
  CHECK(links == 158);
  CHECK(coded == 129);  // counted with Python over chains/*.json
  // Hydrogen was the chain without a single code (issue #12).
  const Chain& hydrogen = *loaded.zone.FindChain("hydrogen");
  std::size_t hydrogen_coded = 0;
  for (const Link& link : hydrogen.links()) hydrogen_coded += !link.industry_codes.empty();
  CHECK(hydrogen_coded >= 15);
  CHECK(loaded.zone.region.province == "河南省");
  CHECK(loaded.zone.region.city == "济源市");
}
