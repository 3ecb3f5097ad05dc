#include "src/analysis/candidate_signals.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

// One chain, a ──> b; a local firm at a (so a is present, b next to it), a local firm with
// no link at all, and candidates on b whose tags, regions and ties differ:
//
//   x:  a[W] ──> b[M]
//       la        c1 c2 c3 c4
//   lz (local, no link)
testing::ZoneBuilder Zone() {
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b"}, {{"a", "b"}});
  b.AddEnterprise("la", true, {"x/a"});
  b.AddEnterprise("lz", true, {});
  // 上市 0.4 + 专精特新 0.2, each found inside a longer tag.
  b.AddEnterprise("c1", false, {"x/b"}, Role::kNone, {"上市公司", "国家级专精特新小巨人"});
  // The same tags again, and 高新技术 + 规上 in one tag: 0.4 + 0.2 + 0.1 + 0.1.
  b.AddEnterprise("c2", false, {"x/b"}, Role::kNone,
                  {"国家级专精特新小巨人", "上市公司", "高新技术规上企业"});
  // A tag listed twice counts once; a tag with no part counts nothing: 0.1.
  b.AddEnterprise("c3", false, {"x/b"}, Role::kNone, {"规上企业", "规上企业", "外资"});
  b.AddEnterprise("c4", false, {"x/b"});
  for (std::size_t e = 0; e < 6; ++e) b.zone.enterprise(e).region = "河南省济源市";
  b.zone.enterprise(2).region = "河南省洛阳市";
  b.zone.enterprise(3).region = "河南省洛阳市";
  // c3 records a group tie to lz (a local firm without links); lz's side is not needed.
  b.zone.enterprise(4).ties.push_back({"lz", TieKind::kGroup, "", {}, Extra()});
  // la records c4 as its supplier, so la is c4's customer: 0.7.
  b.zone.enterprise(0).ties.push_back({"c4", TieKind::kSupplier, "", {}, Extra()});
  return b;
}

TEST_CASE("the scale signal adds each tag part once, however many tags hold it") {
  auto b = Zone();
  LinkStatusAnalysis status(b.zone);
  status.Run();
  CandidateSignalTable table(b.zone, status);
  CHECK(table.Compute(2).scale == Approx(0.6));
  CHECK(table.Compute(3).scale == Approx(0.8));
  CHECK(table.Compute(4).scale == Approx(0.1));
  CHECK(table.Compute(5).scale == Approx(0));
  // Asked again (the tags' parts and the regions now kept): the same.
  CHECK(table.Compute(3).scale == Approx(0.8));
  CHECK(table.Get(2).scale == Approx(0.6));
}

TEST_CASE("a thousand distinct tags, short and long, each keep their own parts") {
  // The memo of tags grows past its first 256 slots (at half full) several times; tags
  // that share their first and last 8 bytes differ only inside, and an empty tag counts
  // nothing. Candidate i (i = 0 … 999) has one tag: 上市 + i + 外资 for even i (0.4),
  // 规上 + i for odd i (0.1); then each again, now read from the memo.
  testing::ZoneBuilder b;
  b.AddChain("x", {"a", "b"}, {{"a", "b"}});
  b.AddEnterprise("la", true, {"x/a"});
  for (std::size_t i = 0; i < 1000; ++i) {
    const std::string tag =
        i % 2 == 0 ? "上市" + std::to_string(i) + "外资" : "规上" + std::to_string(i);
    b.AddEnterprise("c" + std::to_string(i), false, {"x/b"}, Role::kNone, {tag});
  }
  b.AddEnterprise("same-ends-1", false, {"x/b"}, Role::kNone, {"abcdefgh上市stuvwxyz"});
  b.AddEnterprise("same-ends-2", false, {"x/b"}, Role::kNone, {"abcdefgh外资stuvwxyz"});
  b.AddEnterprise("empty", false, {"x/b"}, Role::kNone, {""});
  LinkStatusAnalysis status(b.zone);
  status.Run();
  CandidateSignalTable table(b.zone, status);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < 1000; ++i)
      CHECK(table.Compute(1 + i).scale == Approx(i % 2 == 0 ? 0.4 : 0.1));
    CHECK(table.Compute(1001).scale == Approx(0.4));
    CHECK(table.Compute(1002).scale == Approx(0));
    CHECK(table.Compute(1003).scale == Approx(0));
  }
}

TEST_CASE("candidates of one region share its place, and ties reach local firms without links") {
  auto b = Zone();
  LinkStatusAnalysis status(b.zone);
  status.Run();
  CHECK(status.locals() == std::vector<std::size_t>{0, 1});
  CandidateSignalTable table(b.zone, status);
  const CandidateSignals c1 = table.Compute(2), c2 = table.Compute(3), c3 = table.Compute(4);
  CHECK(c1.proximity == Proximity::kSameProvince);
  CHECK(c2.proximity == Proximity::kSameProvince);
  REQUIRE(c1.km);
  REQUIRE(c2.km);
  CHECK(*c1.km == *c2.km);
  CHECK(c3.proximity == Proximity::kSameCity);
  // c3's group tie to lz, which operates nowhere.
  REQUIRE(c3.tied_to);
  CHECK(*c3.tied_to == 1);
  CHECK(c3.ties == Approx(1));
  // la records c4 as its supplier: for c4, la is a customer.
  const CandidateSignals c4 = table.Compute(5);
  REQUIRE(c4.tied_to);
  CHECK(*c4.tied_to == 0);
  CHECK(c4.tie_kind == TieKind::kCustomer);
  CHECK(c4.ties == Approx(0.7));
  CHECK_FALSE(c1.tied_to);
}

}  // namespace
}  // namespace chainmap
