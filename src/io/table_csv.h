#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "src/io/table.h"

namespace chainmap {

/// Writes a table as CSV for Excel: UTF-8 with a byte-order mark (so Excel shows
/// Chinese), the header row first, CRLF line ends and RFC 4180 quoting. Text cells are
/// guarded against formula injection (see CsvGuard); numbers are written as numbers.
void WriteCsv(const Table& table, std::ostream& out);

/// A text cell made safe for a spreadsheet: a cell starting with = + - @, a tab or a
/// carriage return gets a leading apostrophe so that Excel and LibreOffice show it as
/// text instead of running it as a formula ("=HYPERLINK(...)" → "'=HYPERLINK(...)").
std::string CsvGuard(std::string_view text);

/// One field quoted per RFC 4180 when it holds a comma, quote, CR or LF.
std::string CsvQuote(std::string_view field);

/// One record of a CSV file with its row number as a spreadsheet shows it (the
/// first record is row 1; a quoted line break does not start a new row).
struct CsvRecord {
  std::size_t row = 0;
  std::vector<std::string> fields;
};

/// Parses RFC 4180 CSV (commas, double-quoted fields with "" for a quote, CRLF or LF);
/// a leading byte-order mark is dropped. Throws InputError naming `file` and the row
/// for an unterminated quote or text after a closing quote. Blank records are kept as
/// a record with one empty field so that row numbers stay right.
std::vector<CsvRecord> ParseCsv(std::string_view text, const std::string& file);

}  // namespace chainmap
