#include "src/io/zip_archive.h"

#include <catch2/catch.hpp>

#include "src/io/opc_package.h"
#include "tests/render/render_fixture.h"

namespace chainmap {
namespace {

TEST_CASE("ZipBytes gives the same bytes for the same entries, readable by Python", "[zip]") {
  const std::vector<ZipEntry> entries{{"a.txt", "hello"},
                                      {"dir/中文.xml", std::string(10000, 'x')}};
  const std::string zip = ZipBytes(entries);
  CHECK(zip == ZipBytes(entries));
  CHECK(zip.substr(0, 4) == "PK\x03\x04");
  const auto path = testing::WriteTemp("t.zip", zip);
  int code = 0;
  const std::string out = testing::Shell(
      "/usr/bin/python3 -c \"import sys, zipfile\n"
      "z = zipfile.ZipFile(sys.argv[1])\n"
      "for i in z.infolist(): print(i.filename, i.date_time, i.compress_type, len(z.read(i)), "
      "len(i.extra))\" '" +
          path.string() + "'",
      code);
  std::filesystem::remove(path);
  CHECK(code == 0);
  CHECK(out ==
        "a.txt (1980, 1, 1, 0, 0, 0) 8 5 0\n"
        "dir/中文.xml (1980, 1, 1, 0, 0, 0) 8 10000 0\n");
}

TEST_CASE("an OPC package lists every part's content type", "[zip]") {
  const std::string bytes =
      OpcPackageBytes({{"_rels/.rels", "", RelationshipsXml({{"rId1", "urn:t", "x/y.xml"}})},
                       {"x/y.xml", "application/test+xml", "<y/>"}});
  const auto path = testing::WriteTemp("t.opc", bytes);
  int code = 0;
  const std::string out = testing::Shell(
      "/usr/bin/python3 -c \"import sys, zipfile\n"
      "z = zipfile.ZipFile(sys.argv[1])\n"
      "print(z.namelist())\n"
      "print(z.read('[Content_Types].xml').decode())\" '" +
          path.string() + "'",
      code);
  std::filesystem::remove(path);
  CHECK(out.find("['[Content_Types].xml', '_rels/.rels', 'x/y.xml']") == 0);
  CHECK(out.find("<Override PartName=\"/x/y.xml\" ContentType=\"application/test+xml\"/>") !=
        std::string::npos);
  CHECK(RelationshipsPartName("ppt/slides/slide1.xml") == "ppt/slides/_rels/slide1.xml.rels");
  CHECK(RelationshipsPartName("") == "_rels/.rels");
  CHECK_THROWS_WITH(OpcPackageBytes({{"a.xml", "t", ""}, {"a.xml", "t", ""}}),
                    "OpcPackageBytes: two parts named a.xml");
}

}  // namespace
}  // namespace chainmap
