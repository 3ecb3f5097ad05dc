#include "src/analysis/target_ranking.h"

#include <bit>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

// Statuses in brackets; the zone and its local firms sit in 河南省济源市:
//
//   x:  a[S] ──> b[M] ──> c[W]
//       ea 链主   p q r     ec
//       s (project ps, 洽谈, on strong a)
//
// Gap priority, W = 40, each eighth 5: b is 补链 (a upstream, c downstream): type 40/2 = 20,
// gain 1 of 1: 5, dominance 1 of 2 (a dominates b and c): 2.5, centrality: b is the only
// link between others (betweenness 1/2, the chain's largest): 5, local neighbours a and c:
// 5 × 2/3 = 3.33 → 35.83. c is 强链: 40/6 = 6.67, nothing else (its one neighbour b is
// missing). A strong link a served by a project in talks: 强链 6.67 + dominance 2 of 2: 5
// → 11.67.
//
// p 河南省洛阳市, 上市, project pp on b (洽谈, 15 亿元): named 20 × (0.6 × 0.6 + 0.4 ×
//   log10(16)/2) = 12.02; distance 12 × (0.5 × 0.75 + 0.5 × (1 − 56.3/3000)) = 10.39;
//   scale 10 × 0.4 = 4; relatedness 10 × 1/2 = 5 (b is next to a) → 67.24.
// q 广东省深圳市, 上市, on b and c: distance 12 × (0.5 × 0.25 + 0.5 × (1 − 1408.6/3000))
//   = 4.68; relatedness 10 × 2/3 = 6.67 → on b 51.18, on c 22.02; combined 51.18 + 2.2.
// r no region, a group tie to ea: ties 8, relatedness 5 → 48.83.
// s no region, project ps on a (洽谈, no investment): named 20 × 0.36 = 7.2, relatedness
//   5 → 23.87 as 强链.
// (distances computed independently with the haversine formula in Python)
testing::ZoneBuilder Zone() {
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b", "c"}, {{"a", "b"}, {"b", "c"}});
  b.AddEnterprise("ea", true, {"x/a"}, Role::kLeader);
  b.AddEnterprise("ec", true, {"x/c"});
  b.AddEnterprise("p", false, {"x/b"}, Role::kNone, {"上市"});
  b.AddEnterprise("q", false, {"x/b", "x/c"}, Role::kNone, {"上市"});
  b.AddEnterprise("r", false, {"x/b"});
  b.AddEnterprise("s", false, {"x/a"});
  b.zone.enterprise(0).region = "河南省济源市";
  b.zone.enterprise(1).region = "河南省济源市";
  b.zone.enterprise(2).region = "河南省洛阳市";
  b.zone.enterprise(3).region = "广东省深圳市";
  b.zone.enterprise(4).ties.push_back({"ea", TieKind::kGroup, "", {}, Extra()});
  b.AddProject("pp", "p", {"x/b"}, ProjectStage::kNegotiating);
  b.zone.project(0).investment = 15;
  b.AddProject("ps", "s", {"x/a"}, ProjectStage::kNegotiating);
  return b;
}

struct Run {
  explicit Run(const chainmap::Zone& zone, TargetOptions options = {})
      : status(zone),
        gaps(zone, status),
        criticality(zone, status),
        ranking(zone, status, gaps, criticality, options) {
    status.Run();
    gaps.Run();
    criticality.Run();
    ranking.Run();
  }
  LinkStatusAnalysis status;
  GapAnalysis gaps;
  CriticalityAnalysis criticality;
  TargetRanking ranking;
};

std::vector<std::string> Order(const chainmap::Zone& zone, const std::vector<Target>& targets) {
  std::vector<std::string> out;
  for (const Target& t : targets)
    out.push_back(zone.QualifiedId(t.link) + ":" + zone.enterprises()[t.candidate].id);
  return out;
}

TEST_CASE("targets are scored by gap, named, distance, scale, relatedness and ties") {
  auto b = Zone();
  Run run(b.zone);
  const auto& p = run.ranking.priorities()[0];
  CHECK(p[1].type == Approx(20));
  CHECK(p[1].gain == Approx(5));
  CHECK(p[1].dominance == Approx(2.5));
  CHECK(p[1].centrality == Approx(5));
  CHECK(p[1].local_neighbours == 2);
  CHECK(p[1].adjacency == Approx(3.33));
  CHECK(p[1].total == Approx(35.83));
  CHECK(p[2].total == Approx(6.67));
  CHECK(p[0].total == Approx(0));

  const auto& t = run.ranking.targets();
  CHECK(Order(b.zone, t) == std::vector<std::string>{"x/b:p", "x/b:q", "x/b:r", "x/a:s", "x/c:q"});
  CHECK(t[0].score.named == Approx(12.02));
  CHECK(t[0].score.distance == Approx(10.39));
  CHECK(t[0].score.scale == Approx(4));
  CHECK(t[0].score.relatedness == Approx(5));
  CHECK(t[0].score.total == Approx(67.24));
  CHECK(t[0].in_talks);
  CHECK(t[0].gap == GapType::kFill);
  CHECK(t[1].score.distance == Approx(4.68));
  CHECK(t[1].score.relatedness == Approx(6.67));
  CHECK(t[1].score.total == Approx(51.18));
  CHECK(t[2].score.ties == Approx(8));
  CHECK(t[2].score.total == Approx(48.83));
  // s in talks on the strong link a: listed as 强链.
  CHECK(t[3].gap == GapType::kStrengthen);
  CHECK(t[3].score.gap == Approx(11.67));
  CHECK(t[3].score.named == Approx(7.2));
  CHECK(t[3].score.total == Approx(23.87));
  CHECK(t[4].score.total == Approx(22.02));
  CHECK(run.ranking.signals(2).proximity == Proximity::kSameProvince);
  CHECK(run.ranking.signals(3).proximity == Proximity::kDomestic);
  CHECK(run.ranking.signals(4).proximity == Proximity::kUnknown);
}

TEST_CASE("the per-candidate view combines every gap a firm fills") {
  auto b = Zone();
  Run run(b.zone);
  const auto& views = run.ranking.candidates();
  REQUIRE(views.size() == 4);
  // p 67.24, q 51.18 + 0.1 × 22.02 = 53.38, r 48.83, s 23.87.
  CHECK(b.zone.enterprises()[views[1].candidate].id == "q");
  CHECK(views[1].combined == Approx(53.38));
  REQUIRE(views[1].rows.size() == 2);
  CHECK(run.ranking.all_rows()[views[1].rows[0]].link.link == 1);
  CHECK(run.ranking.all_rows()[views[1].rows[1]].link.link == 2);
}

TEST_CASE("firms tied in the per-candidate view come in id order, byte by byte") {
  auto b = Zone();
  // Each on b alone, no region, tag or tie: 35.83 + relatedness 5 = 40.83, all alike. The
  // ids share their first eight bytes, are prefixes of one another, or start above ASCII.
  const std::vector<std::string> ids{"链主企业",    "firm-0000-b", "b",    "firm-",
                                     "firm-0000-a", "Z",           "firm", "éclair"};
  for (const std::string& id : ids) b.AddEnterprise(id, false, {"x/b"});
  Run run(b.zone);
  std::vector<std::string> order;
  for (const CandidateView& v : run.ranking.candidates()) {
    order.push_back(b.zone.enterprises()[v.candidate].id);
    if (order.back() != "p" && order.back() != "q" && order.back() != "r" && order.back() != "s")
      CHECK(v.combined == Approx(40.83));
  }
  CHECK(order == std::vector<std::string>{"p", "q", "r", "Z", "b", "firm", "firm-", "firm-0000-a",
                                          "firm-0000-b", "éclair", "链主企业", "s"});
}

TEST_CASE("top N keeps the best of each link and every firm in talks") {
  auto b = Zone();
  // With the tie recorded on the local side instead, r keeps its 8 points.
  b.zone.enterprise(4).ties.clear();
  b.zone.enterprise(0).ties.push_back({"r", TieKind::kGroup, "", {}, Extra()});
  Run run(b.zone, TargetOptions{1});
  CHECK(Order(b.zone, run.ranking.targets()) ==
        std::vector<std::string>{"x/b:p", "x/a:s", "x/c:q"});
  Run all(b.zone);
  CHECK(all.ranking.targets()[2].score.ties == Approx(8));
  TargetRanking unrun(b.zone, run.status, run.gaps, run.criticality);
  CHECK_THROWS_AS(unrun.targets(), std::logic_error);
}

TEST_CASE("links not pursued locally are left out unless asked") {
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b"}, {{"a", "b"}});
  Chain chain = b.zone.chains()[0];
  std::vector<Link> links = chain.links();
  links[0].scope.pursued = false;
  links[0].scope.reason = "资源开采";
  chain.SetTopology(links, chain.edges());
  testing::ZoneBuilder c;
  c.zone.AddChain(chain);
  c.AddEnterprise("eb", true, {"x/b"});
  c.AddEnterprise("miner", false, {"x/a"});
  Run run(c.zone);
  CHECK(run.ranking.targets().empty());
  Run asked(c.zone, TargetOptions{0, true});
  CHECK(Order(c.zone, asked.ranking.targets()) == std::vector<std::string>{"x/a:miner"});
}

// The zone above and 30 firms alike t00 … t29, added in descending id order (t29 first):
// each on b (40.83, as above); the even-numbered of them in order of adding (t29, t27, …)
// also on c, related to 2 links: 42.50 on b and 13.34 on c; every fifth a group tie to ea
// (+8); every seventh a project at 签约 on c (in talks: a row on c if it has none; named 4
// on b, a firm with a project elsewhere).
// Split in 2 or 3 parts over the enterprises, the parts meet inside runs of equal scores.
testing::ZoneBuilder ManyAlike() {
  auto b = Zone();
  for (int i = 0; i < 30; ++i) {
    const std::string id = std::string("t") + char('0' + (29 - i) / 10) + char('0' + (29 - i) % 10);
    b.AddEnterprise(
        id, false,
        i % 2 == 0 ? std::vector<std::string>{"x/b", "x/c"} : std::vector<std::string>{"x/b"});
    if (i % 5 == 0)
      b.zone.enterprise(b.zone.enterprises().size() - 1)
          .ties.push_back({"ea", TieKind::kGroup, "", {}, Extra()});
    if (i % 7 == 0) b.AddProject("p" + id, id, {"x/c"}, ProjectStage::kSigned);
  }
  return b;
}

/// Everything a ranking gives, as text: rows, kept targets, by link, the per-candidate view
/// and each firm's tie, every score to the last bit.
std::string Everything(const chainmap::Zone& zone, const TargetRanking& r) {
  std::string out;
  auto row = [&](const Target& t) {
    out += zone.QualifiedId(t.link) + ":" + zone.enterprises()[t.candidate].id + " " +
           std::to_string(int(t.gap)) + " " + (t.project ? std::to_string(*t.project) : "-") +
           (t.in_talks ? " talks" : "");
    for (double part : {t.score.gap, t.score.named, t.score.distance, t.score.scale,
                        t.score.relatedness, t.score.ties, t.score.total})
      out += " " + std::to_string(std::bit_cast<std::uint64_t>(part));
    out += "\n";
  };
  for (const Target& t : r.all_rows()) row(t);
  out += "kept\n";
  for (const Target& t : r.targets()) row(t);
  for (const auto& chain : r.by_link())
    for (const auto& link : chain)
      for (std::size_t i : link) out += std::to_string(i) + " ";
  out += "\nview\n";
  for (const CandidateView& v : r.candidates()) {
    out += zone.enterprises()[v.candidate].id + " " +
           std::to_string(std::bit_cast<std::uint64_t>(v.combined));
    for (std::size_t i : v.rows) out += " " + std::to_string(i);
    out += "\n";
  }
  for (std::size_t e = 0; e < zone.enterprises().size(); ++e)
    if (const auto tie = r.TiedTo(e)) out += std::to_string(e) + "~" + std::to_string(*tie) + " ";
  return out;
}

TEST_CASE("the rows are the same whatever the number of threads that score them") {
  auto b = ManyAlike();
  for (const std::size_t top : {std::size_t{0}, std::size_t{6}}) {
    TargetOptions one(top);
    one.threads = 1;
    Run single(b.zone, one);
    // 5 rows as above; 30 on b; 15 on c listed and 2 more in talks (t22 and t08, on b alone).
    CHECK(single.ranking.all_rows().size() == 52);
    CHECK(single.ranking.candidates().size() == 34);
    const std::string expected = Everything(b.zone, single.ranking);
    for (const std::size_t threads : {2, 3, 7}) {
      TargetOptions split(top);
      split.threads = threads;
      Run run(b.zone, split);
      CHECK(Everything(b.zone, run.ranking) == expected);
    }
  }
  // On b, best 6: p 67.24; t29 54.50 (42.50, its tie 8 and named 4: a project on another
  // link); q 51.18; t19 and t09 tied at 50.50 (42.50 + 8), in id order; then r, t04, t14 and
  // t24 tied at 48.83 (40.83 + 8 for the t's): r first by id.
  TargetOptions six(6);
  six.threads = 3;
  Run run(b.zone, six);
  std::vector<std::string> on_b;
  for (std::size_t i : run.ranking.by_link()[0][1])
    on_b.push_back(b.zone.enterprises()[run.ranking.targets()[i].candidate].id);
  CHECK(on_b == std::vector<std::string>{"p", "t29", "q", "t09", "t19", "r"});
  CHECK(run.ranking.targets()[run.ranking.by_link()[0][1][1]].score.total == Approx(54.50));
  CHECK(run.ranking.targets()[run.ranking.by_link()[0][1][4]].score.total == Approx(50.50));
  CHECK(run.ranking.targets()[run.ranking.by_link()[0][1][5]].score.total == Approx(48.83));
}

TEST_CASE("weights come from the settings or the options") {
  auto b = Zone();
  TargetWeights w;
  w.distance = 0;
  Run run(b.zone, TargetOptions{0, false, w});
  CHECK(run.ranking.targets()[0].score.distance == 0);
  CHECK(run.ranking.targets()[0].score.total == Approx(56.85));
  b.zone.settings.target_weights.ties = 16;
  Run doubled(b.zone);
  CHECK(b.zone.enterprises()[doubled.ranking.targets()[1].candidate].id == "r");
  CHECK(doubled.ranking.targets()[1].score.ties == Approx(16));
}

}  // namespace
}  // namespace chainmap
