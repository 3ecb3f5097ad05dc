#include "src/io/table_markdown.h"

namespace chainmap {

std::string MarkdownCell(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (std::string_view("\\|<>&*_`[]~").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

void WriteMarkdown(const Table& table, std::ostream& out) {
  out << "## " << MarkdownCell(table.title) << "\n\n";
  WriteMarkdownRows(table, out);
  if (table.rows.empty()) out << "\n(none)\n";
}

void WriteMarkdownRows(const Table& table, std::ostream& out) {
  out << "|";
  for (const Column& c : table.columns) out << " " << MarkdownCell(c.header) << " |";
  out << "\n|";
  for (const Column& c : table.columns)
    out << (c.type == ColumnType::kNumber ? " ---: |" : " --- |");
  out << "\n";
  for (const auto& row : table.rows) {
    out << "|";
    for (const Cell& cell : row) {
      if (const auto* text = std::get_if<std::string>(&cell); text && !text->empty())
        out << " " << MarkdownCell(*text);
      if (const auto* number = std::get_if<double>(&cell)) out << " " << NumberCellText(*number);
      out << " |";
    }
    out << "\n";
  }
}

}  // namespace chainmap
