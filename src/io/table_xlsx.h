#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "src/io/table.h"

namespace chainmap {

/// Writes tables to an XLSX workbook at `path` through libxlsxwriter, one sheet per
/// table named after its title: header row bold, filled and frozen, an autofilter,
/// column widths from the content (at most each column's width hint), numbers stored
/// as numbers. The file is written in place: write to a temporary path and rename it
/// (or use XlsxBytes and WriteFilesAtomically). Throws WriteError naming `path` when
/// libxlsxwriter fails (it fails only on the file: a cell longer than Excel takes is cut).
void WriteXlsx(const std::vector<Table>& tables, const std::filesystem::path& path);

/// The bytes of the workbook WriteXlsx would write (libxlsxwriter 1.1 writes only to
/// files, so this goes through a temporary file that is removed again).
std::string XlsxBytes(const std::vector<Table>& tables);

/// A title made into a valid, unique-able sheet name: []:*?/\ become '_' and it is cut
/// to 31 characters.
std::string SheetName(const std::string& title);

/// The width of text in Excel character units: 2 for a wide (CJK) character, else 1.
double DisplayWidth(const std::string& text);

}  // namespace chainmap
