#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

/// One record of a table read as a stream: its row number as a spreadsheet shows it
/// (the first record is row 1) and its cells. The views live until the callback returns.
struct RawRow {
  std::size_t row = 0;
  std::vector<std::string_view> cells;
  /// The record as the file wrote it (quotes, separators and line end included), when the
  /// reader has it in one piece; empty otherwise (XLSX). Cells are valid UTF-8 exactly when
  /// this text is, so one check of it stands for one per cell.
  std::string_view text;
};

/// Called for each record; return false to stop reading.
using RawRowHandler = std::function<bool(const RawRow&)>;

/// Parses RFC 4180 CSV (comma-separated, "" quotes, CRLF or LF) fed in chunks of UTF-8,
/// without holding more than one record beyond the current chunk. Throws InputError
/// "FILE:ROW:COLUMN" for a quote that is never closed or text after a closing quote.
class CsvStream {
 public:
  CsvStream(std::string file, RawRowHandler handler);

  /// Parses the complete records in `chunk`; keeps a record cut at its end for the next.
  /// Returns false once the handler asked to stop.
  bool Feed(std::string_view chunk);
  /// Parses what is left (a last record without a newline).
  void Finish();

 private:
  /// Parses the complete records at the start of `input` (the handler's views point into
  /// it); `last` when no more input follows. Returns the bytes they took.
  std::size_t Parse(std::string_view input, bool last);

  std::string file_;
  RawRowHandler handler_;
  std::string buffer_;
  std::string storage_;  ///< Unquoted copies of quoted cells of the current record.
  RawRow row_;
  std::size_t next_row_ = 1;
  bool stopped_ = false;
};

}  // namespace chainmap
