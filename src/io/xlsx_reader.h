#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/io/csv_stream.h"

struct zip;  // libzip's archive handle (zip_t)

namespace chainmap {

/// An XLSX workbook opened for streaming one sheet's rows: libzip reads the package,
/// expat parses the sheet as it is inflated, so a sheet of millions of rows is never held
/// whole. Shared strings are kept packed in one buffer.
class XlsxReader {
 public:
  /// Opens the workbook; InputError "FILE: ..." if it is not a readable XLSX package.
  explicit XlsxReader(const std::string& path);
  ~XlsxReader();
  XlsxReader(const XlsxReader&) = delete;
  XlsxReader& operator=(const XlsxReader&) = delete;

  /// The sheets' names in workbook order.
  const std::vector<std::string>& sheet_names() const { return sheet_names_; }
  /// The workbook's last-modified (or created) date from docProps/core.xml: "2024-06-30".
  const std::string& modified_date() const { return modified_; }

  /// Streams the rows of the sheet named `sheet` (the first sheet if empty), each with
  /// its row number and its cells by column (empty cells as empty views). Dates and
  /// numbers come as the sheet stores them (a date is a serial number). InputError if
  /// there is no such sheet or the sheet's XML is broken.
  void ReadRows(const std::string& sheet, const RawRowHandler& handler);

 private:
  std::string ReadPart(const std::string& name, bool required);
  void LoadSharedStrings();

  std::string path_;
  ::zip* zip_ = nullptr;
  std::vector<std::string> sheet_names_;
  std::vector<std::string> sheet_parts_;  ///< "xl/worksheets/sheet1.xml" per sheet.
  std::string modified_;
  std::string shared_text_;               ///< All shared strings, back to back.
  std::vector<std::size_t> shared_ends_;  ///< End offset of each shared string.
};

/// The 0-based column of a cell reference: "A1" → 0, "AB12" → 27; nullopt if malformed.
std::optional<std::size_t> XlsxColumnIndex(std::string_view reference);

}  // namespace chainmap
