#include "src/io/candidate_pool.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/analysis/zone_builder.h"

using namespace chainmap;

namespace {

/// One chain, steel: springs (C3483) and bar (C3130), both gaps; the zone in 河南省济源市.
Zone PoolZone() {
  testing::ZoneBuilder b;
  b.AddChain("steel", {"springs", "bar"}, {});
  Zone zone;
  zone.region = {"河南省", "济源市", {}};
  for (Chain chain : b.zone.chains()) {
    std::vector<Link> links = chain.links();
    for (Link& l : links) {
      if (l.id == "springs") l.industry_codes = {"C3483"}, l.keywords = {"弹簧"};
      if (l.id == "bar") l.industry_codes = {"C3130"}, l.keywords = {"棒材"};
    }
    chain.SetTopology(links, chain.edges());
    zone.AddChain(chain);
  }
  return zone;
}

const std::vector<std::string_view> kHeader = {"企业名称", "登记状态",     "注册资本", "所属省份",
                                               "所属城市", "国标行业小类", "经营范围"};

}  // namespace

TEST_CASE("candidate pool: a closed firm is left on its 登记状态, the rest ranked by scale",
          "[io][pool]") {
  const Zone zone = PoolZone();
  CandidatePool pool(zone, {{0, 0}, {0, 1}}, 2);
  const auto header = RecognizeHeader("p.csv", 1, kHeader);
  REQUIRE(header);
  const auto add = [&](std::size_t row, std::vector<std::string_view> cells) {
    return pool.AddCells(*header, RawRow{row, std::move(cells), {}});
  };
  // Closed: its unreadable 注册资本 is never read, so the row is not bad.
  CHECK_FALSE(add(2, {"甲公司", "吊销，未注销", "很多", "广东省", "深圳市", "C3483", ""}));
  const auto bad = add(3, {"乙公司", "存续", "很多", "广东省", "深圳市", "C3483", ""});
  REQUIRE(bad);
  CHECK(bad->column == 3);
  CHECK(bad->message == "注册资本 '很多' is not an amount such as 5000万元人民币 or 1000万美元");
  CHECK_FALSE(add(4, {"丙公司", "存续", "900万元", "河南省", "济源市", "C3483", ""}));  // local
  CHECK_FALSE(add(5, {"丁公司", "存续", "500万元", "广东省", "深圳市", "C3483", ""}));
  CHECK_FALSE(add(6, {"戊公司", "在业", "800万元", "江苏省", "苏州市", "C3483", "弹簧"}));
  CHECK_FALSE(add(7, {"己公司", "存续", "100万元", "广东省", "深圳市", "C3483", ""}));
  CHECK_FALSE(add(8, {"庚公司", "存续", "5000万元", "广东省", "深圳市", "C3130", "钢材销售"}));
  CHECK_FALSE(add(9, {"辛公司", "存续", "50万元", "广东省", "深圳市", "", "棒材加工"}));
  const PoolCounts& n = pool.counts();
  CHECK(n.rows == 7);  // the bad row is not offered
  CHECK(n.closed == 1);
  CHECK(n.local == 1);
  CHECK(n.off_gaps == 0);
  CHECK(n.on_gaps == 5);
  const std::vector<Enterprise> firms = pool.Take("p.csv", "2026-12-01");
  std::string kept;
  for (const Enterprise& e : firms)
    kept += e.id + " " + e.name + " " + zone.QualifiedId(e.links.at(0)) + "; ";
  // Two per gap link by 注册资本: 戊 (800) and 丁 (500) on springs; 庚 (5000) and 辛 (50)
  // on bar (C3130 alone names it here: one link lists it).
  CHECK(kept ==
        "pool-000001 庚公司 steel/bar; pool-000002 戊公司 steel/springs; "
        "pool-000003 丁公司 steel/springs; pool-000004 辛公司 steel/bar; ");
  CHECK(firms[1].source == std::vector<std::string>{"pool: p.csv row 6 (exported 2026-12-01)"});
  CHECK(firms[1].registered_capital->value == 800);
}

TEST_CASE("candidate pool: a firm the zone has, by name or by USCC, is counted as known",
          "[io][pool]") {
  Zone zone = PoolZone();
  Enterprise known;
  known.id = "jiyuan-spring";
  known.name = "深圳市弹簧制造有限公司";
  known.uscc = "91110108551385082Q";
  zone.AddEnterprise(known);
  CandidatePool pool(zone, {{0, 0}, {0, 1}}, 5);
  const std::vector<std::string_view> header_cells = {
      "企业名称", "统一社会信用代码", "登记状态", "所属省份", "所属城市", "国标行业小类"};
  const auto header = RecognizeHeader("p.csv", 1, header_cells);
  REQUIRE(header);
  const auto add = [&](std::size_t row, std::vector<std::string_view> cells) {
    CHECK_FALSE(pool.AddCells(*header, RawRow{row, std::move(cells), {}}));
  };
  add(2, {"深圳市弹簧制造有限公司", "", "存续", "广东省", "深圳市", "C3483"});          // by name
  add(3, {"深圳弹簧公司", "91110108551385082Q", "存续", "广东省", "深圳市", "C3483"});  // by USCC
  // The same first and last eight bytes and length, another name: not known.
  add(4, {"深圳市弹簧加工有限公司", "", "存续", "广东省", "深圳市", "C3483"});
  add(5, {"深圳市弹簧制造有限公司 ", "", "存续", "广东省", "深圳市", "C3483"});  // trimmed: known
  CHECK(pool.counts().known == 3);
  CHECK(pool.counts().on_gaps == 1);
}

TEST_CASE("candidate pool: read from a file, a bad row names file, row and column", "[io][pool]") {
  const Zone zone = PoolZone();
  const auto path = std::filesystem::temp_directory_path() / "chainmap-candidate-pool-test.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBF企业查询结果,,,,,,\r\n";
    for (std::size_t i = 0; i < kHeader.size(); ++i) out << (i ? "," : "") << kHeader[i];
    out << "\r\n"
        << "甲公司,注销,很多,广东省,深圳市,C3483,\r\n"
        << "乙公司,存续,很多,广东省,深圳市,C3483,\r\n"
        << "丁公司,存续,500万元,广东省,深圳市,C3483,\"弹簧,\"\"板簧\"\"\"\r\n"
        << "戊公司,存续,800万元,广东省,\xE6\xB7,C3483,\r\n";
  }
  CandidatePool pool(zone, {{0, 0}, {0, 1}}, 2);
  RegistryReadOptions options;
  const RegistryFileInfo info = ReadRegistryCells(
      path.string(), options,
      [&](const RegistryHeader& header, const RawRow& raw) { return pool.AddCells(header, raw); });
  std::filesystem::remove(path);
  CHECK(info.data_rows == 4);  // every row under the header, the one that is not UTF-8 too
  CHECK(info.bad_row_count == 2);
  REQUIRE(info.bad_rows.size() == 2);
  CHECK(info.bad_rows[0].file == path.string() + ":4:3");
  CHECK(info.bad_rows[1].file == path.string() + ":6:5");
  CHECK(info.bad_rows[1].message ==
        "not UTF-8 (byte 0xE6): the file mixes encodings; save it again as CSV UTF-8; the row is "
        "skipped");
  CHECK(pool.counts().closed == 1);
  CHECK(pool.counts().on_gaps == 1);
}
