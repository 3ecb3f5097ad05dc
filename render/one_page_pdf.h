#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "src/model/wording.h"

namespace chainmap {

/// A table of text on a one-page document: a heading, column widths as shares of the
/// block's width, a header row and rows. Text that does not fit its cell is cut with "…".
struct PageTable {
  std::string heading;
  std::vector<double> widths;  ///< Shares of the block width, one per column.
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::string note;   ///< A small line under the table, cut with "…" if too long.
  int max_lines = 2;  ///< A cell wraps to at most this many lines.
};

/// What a one-page document shows: a title, a line under it, blocks of tables in page
/// columns (left to right, each column top to bottom) and a footer. The writer decides
/// where; this says what.
struct OnePage {
  std::string title;
  std::string subtitle;
  std::vector<std::vector<PageTable>> columns;
  std::vector<double> column_widths;  ///< Shares of the page width, one per column.
  std::string footer;
  std::string date;  ///< The PDF's creation date (ISO 8601), fixed so the file is reproducible.
  Language language = Language::kZh;  ///< Of the writer's own words ("……另有 N 行").
};

/// Writes `page` as a one-page A4 landscape PDF (cairo + pango), in Noto Sans CJK SC with
/// the maps' fallbacks (kSvgFontList). Nothing overflows: a cell's text wraps to at most
/// two lines (a note to three), the last cut with "…" (pango measures), and rows that would pass
/// the bottom of the page are left out, the last shown row then saying how many were left out. The
/// same page gives the same bytes.
void WriteOnePagePdf(std::ostream& out, const OnePage& page);

}  // namespace chainmap
