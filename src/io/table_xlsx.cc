#include "src/io/table_xlsx.h"

#include <unistd.h>
#include <algorithm>
#include <memory>
#include <random>
#include <set>
#include <stdexcept>

#include <xlsxwriter.h>

#include "src/io/diagnostic.h"
#include "src/io/output_file.h"
#include "src/io/text_rule.h"
#include "src/io/utf8.h"
#include "src/io/zone_loader.h"

namespace chainmap {
namespace {

constexpr double kMinWidth = 6;
/// The widest a column gets; longer text wraps inside it, so that a sheet printed one page
/// wide stays legible.
constexpr double kMaxWidth = 24;

/// Closes (and so writes) the workbook when it goes out of scope without Close().
struct WorkbookCloser {
  void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookCloser>;

void Check(lxw_error error, const std::filesystem::path& path) {
  if (error != LXW_NO_ERROR)
    throw WriteError(path.string() + ": cannot write XLSX: " + lxw_strerror(error));
}

std::string CellText(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* number = std::get_if<double>(&cell)) return NumberCellText(*number);
  return "";
}

/// `text` as a cell holds it: Excel takes at most kMaxTextUnits UTF-16 units, so a longer
/// text (a list joins several sources in one cell) is cut before that and ends in "…". The
/// loader refuses any one text that long; the CSV and Markdown lists keep joined text whole.
std::string FitCell(const std::string& text) {
  if (!TextLengthProblem(text)) return text;
  std::size_t units = 0, end = 0;
  while (end < text.size()) {
    const std::size_t length = Utf8SequenceLength(text, end);
    if (units + (length == 4 ? 2 : 1) > kMaxTextUnits - 1) break;
    units += length == 4 ? 2 : 1;
    end += length;
  }
  return text.substr(0, end) + "…";
}

/// Text for a printed page header: '&' starts a code there, so a literal one is doubled;
/// the header holds at most 255 characters, codes included.
std::size_t Characters(const std::string& text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += Utf8SequenceLength(text, i)) ++n;
  return n;
}

std::string HeaderText(const std::string& title) {
  std::string out;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < title.size() && characters < 200; ++characters) {
    const std::size_t length = Utf8SequenceLength(title, i);
    out += title[i] == '&' ? std::string("&&") : title.substr(i, length);
    i += length;
  }
  return out;
}

/// Writes rows [begin, end) of `table` under its header; `title` heads the printed page.
void WriteSheet(lxw_worksheet* sheet, const Table& table, std::size_t begin, std::size_t end,
                const std::string& title, lxw_format* header, lxw_format* wrap,
                const std::filesystem::path& path) {
  const auto last_column = static_cast<lxw_col_t>(table.columns.size() - 1);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const Column& column = table.columns[c];
    double width = DisplayWidth(column.header);
    for (std::size_t r = begin; r < end; ++r)
      width = std::max(width, DisplayWidth(CellText(table.rows[r][c])));
    width = std::clamp(width + 2, kMinWidth, std::clamp(column.width, kMinWidth, kMaxWidth));
    const auto col = static_cast<lxw_col_t>(c);
    Check(worksheet_set_column(sheet, col, col, width, nullptr), path);
    Check(worksheet_write_string(sheet, 0, col, column.header.c_str(), header), path);
  }
  for (std::size_t r = begin; r < end; ++r) {
    const auto row = static_cast<lxw_row_t>(r - begin + 1);
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const Cell& cell = table.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      if (const auto* text = std::get_if<std::string>(&cell); text && !text->empty())
        Check(worksheet_write_string(sheet, row, col, FitCell(*text).c_str(),
                                     DisplayWidth(*text) + 2 > kMaxWidth ? wrap : nullptr),
              path);
      if (const auto* number = std::get_if<double>(&cell))
        Check(worksheet_write_number(sheet, row, col, *number, nullptr), path);
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  // Printed as planners hand lists round: A4 landscape, as wide as the page, the header
  // row on every page, the list's title above and the page number below.
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  Check(worksheet_repeat_rows(sheet, 0, 0), path);
  Check(worksheet_set_header(sheet, ("&C&\"-,Bold\"&14" + HeaderText(title)).c_str()), path);
  Check(worksheet_set_footer(sheet, "&C第 &P 页，共 &N 页"), path);
  Check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(end - begin), last_column), path);
}

}  // namespace

double DisplayWidth(const std::string& text) {
  double width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceLength(text, i);
    width += length >= 3 ? 2 : 1;  // CJK, full-width punctuation: three bytes and up.
    i += length;
  }
  return width;
}

std::string SheetName(const std::string& title, std::size_t max_characters) {
  std::string name;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < title.size() && characters < max_characters; ++characters) {
    const std::size_t length = Utf8SequenceLength(title, i);
    const std::string piece = title.substr(i, length);
    name += piece.find_first_of("[]:*?/\\") == std::string::npos ? piece : "_";
    i += length;
  }
  return name.empty() ? "Sheet" : name;
}

void WriteXlsx(const std::vector<Table>& tables, const std::filesystem::path& path,
               std::size_t max_rows) {
  if (max_rows == 0) throw std::logic_error("WriteXlsx: a sheet must take at least one row");
  if (tables.empty()) throw std::logic_error("WriteXlsx: a workbook needs at least one table");
  WorkbookPtr workbook(workbook_new(path.c_str()));
  if (!workbook) throw WriteError(path.string() + ": cannot create the XLSX workbook");
  // A fixed creation date (2000-01-01), so that the same lists give the same bytes;
  // libxlsxwriter would stamp the current time.
  lxw_doc_properties properties{};
  properties.created = 946684800;
  Check(workbook_set_properties(workbook.get(), &properties), path);
  lxw_format* header = workbook_add_format(workbook.get());
  format_set_bold(header);
  format_set_bg_color(header, 0xDDEBF7);
  format_set_bottom(header, LXW_BORDER_THIN);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(header);
  lxw_format* wrap = workbook_add_format(workbook.get());
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  std::set<std::string> names;
  for (const Table& table : tables) {
    if (table.columns.empty()) throw std::logic_error("WriteXlsx: table without columns");
    const std::size_t sheets =
        std::max<std::size_t>(1, (table.rows.size() + max_rows - 1) / max_rows);
    for (std::size_t k = 0; k < sheets; ++k) {
      const std::string suffix = k == 0 ? "" : "（续 " + std::to_string(k + 1) + "）";
      const std::string name = SheetName(table.title, 31 - Characters(suffix)) + suffix;
      if (!names.insert(name).second)
        throw std::logic_error("WriteXlsx: two sheets named '" + name + "'");
      lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), name.c_str());
      if (!sheet) throw InputError(path.string(), "cannot add sheet '" + name + "'");
      const std::size_t begin = k * max_rows;
      WriteSheet(sheet, table, begin, std::min(table.rows.size(), begin + max_rows),
                 table.title + suffix, header, wrap, path);
    }
  }
  Check(workbook_close(workbook.release()), path);
}

std::string XlsxBytes(const std::vector<Table>& tables, std::size_t max_rows) {
  static std::mt19937_64 random{std::random_device{}()};
  const std::filesystem::path scratch =
      std::filesystem::temp_directory_path() /
      ("chainmap-" + std::to_string(::getpid()) + "-" + std::to_string(random()) + ".xlsx");
  struct Remover {
    std::filesystem::path path;
    ~Remover() {
      std::error_code ignored;
      std::filesystem::remove(path, ignored);
    }
  } remover{scratch};
  WriteXlsx(tables, scratch, max_rows);
  auto bytes = ReadFileIfExists(scratch);
  if (!bytes) throw InputError(scratch.string(), "XLSX file vanished after writing");
  return *bytes;
}

}  // namespace chainmap
