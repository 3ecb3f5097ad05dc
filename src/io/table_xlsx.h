#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "src/io/table.h"

namespace chainmap {

/// The data rows one sheet holds: Excel's 1,048,576 rows less the header row.
inline constexpr std::size_t kXlsxMaxRows = 1048575;

/// Writes tables to an XLSX workbook at `path` through libxlsxwriter, one sheet per
/// table named after its title: header row bold, filled and frozen, an autofilter,
/// column widths from the content (at most each column's width hint), numbers stored
/// as numbers. The file is written in place: write to a temporary path and rename it
/// (or use XlsxBytes and WriteFilesAtomically). Throws WriteError naming `path` when
/// libxlsxwriter fails (it fails only on the file: a cell longer than Excel takes is cut).
///
/// A table longer than Excel's sheet (1,048,576 rows, the header included) goes on as
/// many sheets as it needs, each with the header: "招商目标清单", "招商目标清单（续 2）", …
/// (`max_rows`, the data rows a sheet takes, is lowered only by tests).
void WriteXlsx(const std::vector<Table>& tables, const std::filesystem::path& path,
               std::size_t max_rows = kXlsxMaxRows);

/// The bytes of the workbook WriteXlsx would write (libxlsxwriter 1.1 writes only to
/// files, so this goes through a temporary file that is removed again).
std::string XlsxBytes(const std::vector<Table>& tables, std::size_t max_rows = kXlsxMaxRows);

/// A title made into a valid, unique-able sheet name: []:*?/\ become '_' and it is cut
/// to `max_characters` (Excel takes 31).
std::string SheetName(const std::string& title, std::size_t max_characters = 31);

/// The width of text in Excel character units: 2 for a wide (CJK) character, else 1.
double DisplayWidth(const std::string& text);

}  // namespace chainmap
