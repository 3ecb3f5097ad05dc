// Invariants of the default data in chains/ (济源高新区 as of 2024-06): whatever is
// added to it later, these must keep holding.
#include <catch2/catch.hpp>
#include "test_paths.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "src/io/zone_loader.h"

using namespace chainmap;

namespace {

/// The default zone, loaded once.
const LoadedZone& DefaultZone() {
  static const LoadedZone loaded = LoadZoneDirectory(std::string(CHAINMAP_SOURCE_DIR) + "/chains");
  return loaded;
}

/// A source says where it comes from: a seed file and section, or a tagged kind.
bool IsTaggedSource(const std::string& source) {
  for (const char* prefix :
       {"000_736da97378c749be.txt", "001_c733a3e8616874ce.txt", "[pub] ", "[gk] ", "[inf] "})
    if (source.rfind(prefix, 0) == 0) return true;
  return false;
}

void CheckSources(const Sources& sources, const std::string& what) {
  INFO(what);
  CHECK_FALSE(sources.empty());
  for (const std::string& s : sources) {
    INFO(s);
    CHECK(IsTaggedSource(s));
  }
}

const Fact* FindFact(const Zone& zone, const std::string& id) {
  for (const Fact& f : zone.facts)
    if (f.id == id) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("the default zone loads with no warnings", "[data]") {
  const LoadedZone& loaded = DefaultZone();
  for (const Diagnostic& d : loaded.findings) {
    INFO(FormatDiagnostic(d));
    CHECK(d.severity != Severity::kWarning);
  }
  CHECK(loaded.zone.id == "jiyuan-hitech");
  CHECK(loaded.zone.as_of == "2024-06");
  CHECK(loaded.zone.settings.strong_min_scale == 2);
  CHECK(loaded.zone.settings.filling_stage == ProjectStage::kSigned);
}

TEST_CASE("the default zone has seven chains of 15 to 40 links over all three stages", "[data]") {
  const Zone& zone = DefaultZone().zone;
  REQUIRE(zone.chains().size() == 7);
  for (const Chain& chain : zone.chains()) {
    INFO(chain.id);
    CHECK(chain.links().size() >= 15);
    CHECK(chain.links().size() <= 40);
    std::set<Stage> stages;
    for (const Link& link : chain.links()) stages.insert(link.stage);
    CHECK(stages.size() == 3);
  }
}

TEST_CASE("every record of the default zone has a source", "[data]") {
  const Zone& zone = DefaultZone().zone;
  CheckSources(zone.source, "zone");
  for (const Chain& chain : zone.chains()) {
    CheckSources(chain.source, "chain " + chain.id);
    for (const Link& link : chain.links()) CheckSources(link.source, chain.id + "/" + link.id);
    for (const Edge& edge : chain.edges())
      CheckSources(edge.source, chain.id + " edge " + chain.links()[edge.from].id + " -> " +
                                    chain.links()[edge.to].id);
  }
  for (const CrossEdge& edge : zone.cross_edges)
    CheckSources(edge.source,
                 "cross edge " + zone.QualifiedId(edge.from) + " -> " + zone.QualifiedId(edge.to));
  for (const Fact& fact : zone.facts) CheckSources(fact.source, "fact " + fact.id);
  for (const Cluster& c : zone.clusters) CheckSources(c.source, "cluster " + c.id);
  for (const Enterprise& e : zone.enterprises()) CheckSources(e.source, "enterprise " + e.id);
  for (const Project& p : zone.projects()) {
    CheckSources(p.source, "project " + p.id);
    for (const StageRecord& h : p.history) CheckSources(h.source, "history of " + p.id);
  }
}

TEST_CASE("every link is a source link or reachable from one within its chain", "[data]") {
  const Zone& zone = DefaultZone().zone;
  for (const Chain& chain : zone.chains()) {
    const ChainGraph& graph = chain.graph();
    std::vector<bool> reached(chain.links().size(), false);
    std::vector<std::size_t> stack = graph.Sources();
    CHECK_FALSE(stack.empty());
    for (std::size_t v : stack) reached[v] = true;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      for (std::size_t w : graph.Successors(v))
        if (!reached[w]) {
          reached[w] = true;
          stack.push_back(w);
        }
    }
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      INFO(chain.id + "/" + chain.links()[l].id);
      CHECK(reached[l]);
    }
  }
}

TEST_CASE("every chain has a local enterprise, and locals and candidates keep apart", "[data]") {
  const Zone& zone = DefaultZone().zone;
  std::vector<bool> has_local(zone.chains().size(), false);
  std::size_t locals = 0, candidates = 0;
  for (const Enterprise& e : zone.enterprises()) {
    INFO(e.id);
    CHECK_FALSE(e.links.empty());
    (e.local ? locals : candidates)++;
    if (e.local)
      for (const LinkKey& key : e.links) has_local[key.chain] = true;
    // Nothing invented: a revenue figure needs its own source.
    if (e.revenue) CHECK_FALSE(e.revenue->source.empty());
  }
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    INFO(zone.chains()[c].id);
    CHECK(has_local[c]);
  }
  CHECK(locals >= 10);
  CHECK(candidates >= 100);
}

TEST_CASE("the leaders are the enterprises the documents call 龙头", "[data]") {
  const Zone& zone = DefaultZone().zone;
  std::set<std::string> leaders;
  for (const Enterprise& e : zone.enterprises())
    if (e.role == Role::kLeader) leaders.insert(e.id);
  CHECK(leaders ==
        std::set<std::string>{"jiyuan-steel", "sinosteel-zhengzhou-institute", "foxconn-jiyuan"});
}

TEST_CASE("every project's links and enterprise exist and its stages are in order", "[data]") {
  const Zone& zone = DefaultZone().zone;
  for (const Project& p : zone.projects()) {
    INFO(p.id);
    CHECK_FALSE(p.name.empty());
    for (const LinkKey& key : p.links) {
      REQUIRE(key.chain < zone.chains().size());
      CHECK(key.link < zone.chains()[key.chain].links().size());
    }
    if (p.enterprise) CHECK(*p.enterprise < zone.enterprises().size());
    const int stage = static_cast<int>(p.stage);
    CHECK(stage >= static_cast<int>(ProjectStage::kPlanned));
    CHECK(stage <= static_cast<int>(ProjectStage::kOperating));
    CHECK(ParseProjectStage(ToString(p.stage)) == p.stage);
    int previous = -1;
    for (const StageRecord& h : p.history) {
      CHECK(static_cast<int>(h.stage) >= previous);
      CHECK(h.stage <= p.stage);
      previous = static_cast<int>(h.stage);
    }
    if (p.investment) CHECK(*p.investment >= 0);
    // A project outside the seven chains says so, and sits in a cluster (docs/chains.md).
    if (p.links.empty()) CHECK_FALSE(p.note.empty());
    if (p.links.empty()) CHECK(p.cluster);
  }
}

TEST_CASE("each document has its title and the period it reports", "[data]") {
  const Zone& zone = DefaultZone().zone;
  // 《高新区2023年上半年工作总结》 and 《…2024年上半年工作总结及下半年工作谋划》: first halves.
  CHECK(zone.documents ==
        std::vector<Document>{{"000_736da97378c749be.txt", "高新区2023年上半年工作总结", "2023-06"},
                              {"001_c733a3e8616874ce.txt",
                               "济源高新区2024年上半年工作总结及下半年工作谋划", "2024-06"}});
}

TEST_CASE("the documents' figures are kept as stated", "[data]") {
  const Zone& zone = DefaultZone().zone;
  const auto fact = [&](const std::string& id) {
    const Fact* f = FindFact(zone, id);
    INFO(id);
    REQUIRE(f != nullptr);
    REQUIRE(f->value);
    return *f->value;
  };
  CHECK(fact("hydrogen-park-total") == Approx(104));
  CHECK(fact("steel-prospects-total") == Approx(30));
  CHECK(fact("2024-key-projects") == Approx(223));
  CHECK(fact("2023-key-projects") == Approx(254.44));
  CHECK(fact("2023-revenue") == Approx(900));
  CHECK(fact("2023-above-scale") == Approx(87));

  const auto project = [&](const std::string& id) -> const Project& {
    const Project* p = zone.FindProject(id);
    INFO(id);
    REQUIRE(p != nullptr);
    return *p;
  };
  CHECK(project("hydrogen-pipeline-corridor").investment == Approx(50));
  CHECK(project("hydrogen-pipeline-corridor").stage == ProjectStage::kNegotiating);
  CHECK(project("tyre-manipulator-500").investment == Approx(1.52));
  CHECK(project("tyre-manipulator-500").stage == ProjectStage::kConstruction);
  CHECK(project("tyre-manipulator-500").target == "年底前完成厂房主体建设");
  CHECK(project("estun-robots").investment == Approx(15));
  CHECK(project("car-console-tp-5m").stage == ProjectStage::kSigned);
  CHECK(project("nuoxun-electrical-equipment").stage == ProjectStage::kOperating);
  // The seven steel prospects share the 30 亿 fact; none carries a share of it.
  for (const char* id : {"byd-parts-base", "crrc-wind-fasteners", "energy-storage-equipment",
                         "high-end-equipment-park"}) {
    INFO(id);
    CHECK_FALSE(project(id).investment);
    CHECK(project(id).stage == ProjectStage::kPlanned);
  }
  // The projects that make up the 104 亿 park add up to no more than it.
  double park = 0;
  for (const char* id :
       {"hydrogen-pipeline-corridor", "hydrogen-industrial-park", "green-methanol-150kt"})
    park += project(id).investment.value_or(0);
  CHECK(park <= fact("hydrogen-park-total"));
}
