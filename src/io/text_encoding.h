#pragma once

#include <iconv.h>

#include <string>
#include <string_view>

namespace chainmap {

/// What the first bytes of a registry file say it is.
enum class FileKind {
  kZip,       ///< A ZIP container: an XLSX workbook (never text, never "GBK").
  kOldExcel,  ///< An Excel 97-2003 .xls (OLE2): not read; save as .xlsx.
  kUtf8,      ///< UTF-8 text without a byte-order mark.
  kUtf8Bom,   ///< UTF-8 text after a byte-order mark.
  kUtf16Le,   ///< UTF-16 (little-endian, with BOM), as Excel's "Unicode text".
  kGb18030,   ///< GB18030 (a superset of GBK and GB2312), as Excel saves CSV on Chinese Windows.
  kUnknown,   ///< Neither valid UTF-8 nor GB18030.
};

/// Decides from the first bytes of a file (a sample of some kilobytes). A ZIP or OLE2
/// signature wins over any text guess; a BOM wins over content; text that is valid UTF-8
/// (a sequence cut at the end of the sample is allowed) is UTF-8; else text that is valid
/// GB18030 is GB18030.
FileKind DetectFileKind(std::string_view head);

/// The encoding's name as the report says it: "UTF-8", "UTF-8 with BOM", "GB18030 (GBK)".
std::string_view EncodingName(FileKind kind);

/// Converts a stream of GB18030 or UTF-16LE text to UTF-8 chunk by chunk with glibc's
/// iconv; a character cut between two chunks is completed by the next.
class Utf8Converter {
 public:
  /// `from` is an iconv name ("GB18030", "UTF-16LE").
  explicit Utf8Converter(const char* from);
  ~Utf8Converter();
  Utf8Converter(const Utf8Converter&) = delete;
  Utf8Converter& operator=(const Utf8Converter&) = delete;

  /// Appends the UTF-8 for `in` to `out`. Returns false at a byte sequence that is not
  /// valid in the source encoding; `bad_offset` is then its offset from the start of all
  /// input so far. `last` says no more input follows (a cut sequence is then invalid).
  bool Convert(std::string_view in, std::string& out, bool last, std::size_t& bad_offset);

 private:
  iconv_t cd_;
  std::string pending_;       ///< Bytes of a character cut at the end of the last chunk.
  std::size_t consumed_ = 0;  ///< Input bytes converted so far.
};

}  // namespace chainmap
