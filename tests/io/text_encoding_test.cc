#include "src/io/text_encoding.h"

#include <catch2/catch.hpp>

using namespace chainmap;

TEST_CASE("file kinds: a ZIP is never text, BOMs win, GBK is told from UTF-8", "[io][encoding]") {
  // A ZIP's local header holds bytes that are valid GB18030; it is still an XLSX.
  CHECK(DetectFileKind(std::string("PK\x03\x04\x14\x00\x06\x00\xB0\xA1", 10)) == FileKind::kZip);
  CHECK(DetectFileKind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest") == FileKind::kOldExcel);
  CHECK(DetectFileKind("\xEF\xBB\xBF企业名称,x\n") == FileKind::kUtf8Bom);
  CHECK(DetectFileKind("企业名称,统一社会信用代码\n") == FileKind::kUtf8);
  CHECK(DetectFileKind("\xC6\xF3\xD2\xB5\xC3\xFB\xB3\xC6,x\n") == FileKind::kGb18030);  // 企业名称
  CHECK(DetectFileKind("\xFF\xFE"
                       "a\0") == FileKind::kUtf16Le);
  CHECK(DetectFileKind("企业") == FileKind::kUtf8);
  // A UTF-8 character cut by the end of the sample is still UTF-8.
  CHECK(DetectFileKind(std::string("企业名称\xE5\x90", 14)) == FileKind::kUtf8);
  CHECK(DetectFileKind("\x80\x80\x80") == FileKind::kUnknown);
  CHECK(EncodingName(FileKind::kGb18030) == "GB18030 (GBK)");
}

TEST_CASE("GB18030 decoding completes a character cut between chunks", "[io][encoding]") {
  Utf8Converter converter("GB18030");
  std::string out;
  std::size_t bad = 0;
  // 企业 = C6 F3 D2 B5, fed as C6 | F3 D2 | B5.
  CHECK(converter.Convert("\xC6", out, false, bad));
  CHECK(converter.Convert("\xF3\xD2", out, false, bad));
  CHECK(converter.Convert("\xB5", out, true, bad));
  CHECK(out == "企业");
  Utf8Converter broken("GB18030");
  out.clear();
  CHECK_FALSE(broken.Convert("ab\xFF", out, true, bad));
  CHECK(bad == 2);
}
