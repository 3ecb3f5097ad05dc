#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "src/io/csv_stream.h"
#include "src/io/diagnostic.h"
#include "src/io/registry_columns.h"
#include "src/io/registry_row.h"
#include "src/io/text_encoding.h"

namespace chainmap {

/// How to read a registry export.
struct RegistryReadOptions {
  std::string sheet;               ///< XLSX sheet by name; empty: the first.
  bool strict = false;             ///< A bad row refuses the whole file (InputError).
  std::size_t header_rows = 30;    ///< How far down to look for the header row.
  std::size_t max_reported = 200;  ///< Bad rows kept as diagnostics; the rest are counted.
};

/// What reading a registry export found besides its rows.
struct RegistryFileInfo {
  std::string file;
  FileKind kind = FileKind::kUnknown;
  std::string sheet;        ///< The sheet read (XLSX).
  std::string export_date;  ///< From the workbook's properties, or the file's date.
  RegistryHeader header;
  std::size_t data_rows = 0;  ///< Non-blank rows under the header, good or bad.
  std::size_t bad_row_count = 0;
  std::vector<Diagnostic> bad_rows;  ///< "FILE:ROW:COLUMN: what is wrong", at most max_reported.
  std::size_t bytes = 0;             ///< Size of the file.
};

/// Called with each good data row.
using RegistryRowHandler = std::function<void(const RegistryRow&)>;

/// Why a row cannot be used: the 1-based column it concerns (0: the row as a whole) and
/// what is wrong.
struct RegistryRowProblem {
  std::size_t column = 0;
  std::string message;
};

/// Called with each data row that has the header's width and is valid UTF-8, its cells not
/// yet read; returns a problem to have the row reported and skipped.
using RegistryCellsHandler =
    std::function<std::optional<RegistryRowProblem>(const RegistryHeader&, const RawRow&)>;

/// Streams a registry export as ReadRegistryFile does, handing each data row's cells to
/// `handler` to read only what it needs (a pool of millions of rows reads a few cells of
/// most rows).
RegistryFileInfo ReadRegistryCells(const std::string& path, const RegistryReadOptions& options,
                                   const RegistryCellsHandler& handler);

/// Streams a registry export as downloaded: XLSX (via XlsxReader) or CSV in UTF-8 (with
/// or without BOM), GB18030/GBK or UTF-16, detected from its bytes. Title rows above the
/// header are skipped; a ragged or unreadable row is reported and skipped. Throws
/// InputError for the file as a whole (no such file, .xls, unreadable ZIP, no header,
/// an encoding that is neither) and, when strict, for the first bad row. Memory stays
/// bounded by one chunk and one row, whatever the file's size.
RegistryFileInfo ReadRegistryFile(const std::string& path, const RegistryReadOptions& options,
                                  const RegistryRowHandler& handler);

/// The export's date, "2024-06-30": an XLSX workbook's modified (or created) date from
/// its properties, else the file's modification date; "" if neither can be read.
std::string RegistryExportDate(const std::string& path);

}  // namespace chainmap
