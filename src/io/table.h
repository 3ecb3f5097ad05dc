#pragma once

#include <string>

#include <variant>
#include <vector>
#include "src/io/number_format.h"

namespace chainmap {

/// What a column holds; numbers are stored as numbers in XLSX and right-aligned in Markdown.
enum class ColumnType { kText, kNumber };

/// One column of a table: its header, what it holds and a width hint in characters.
struct Column {
  std::string header;
  ColumnType type = ColumnType::kText;
  double width = 12;  ///< Width hint in Excel character units (a CJK character counts 2).
};

/// One cell: empty, text, or a number. A number column may hold text (e.g. "约 5").
using Cell = std::variant<std::monostate, std::string, double>;

/// A list as planners keep it: a title, typed columns and rows of cells. Writers for
/// XLSX (table_xlsx.h), CSV (table_csv.h) and Markdown (table_markdown.h) take it.
struct Table {
  std::string stem;   ///< File name stem for CSV/Markdown, ASCII: "enterprises".
  std::string title;  ///< Sheet name and heading: "产业链企业清单" (≤ 31 characters).
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  ///< Each row has columns.size() cells.

  /// Appends a row; asserts that it has one cell per column.
  void AddRow(std::vector<Cell> row);
};

/// The text of a number cell, as every table writer shows it (FormatNumber). A number that
/// is not finite is a bug upstream (the loader bounds every amount so that sums stay
/// finite): throws std::logic_error rather than write "inf" into a list.
std::string NumberCellText(double value);

}  // namespace chainmap
