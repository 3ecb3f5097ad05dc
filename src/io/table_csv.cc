#include "src/io/table_csv.h"

#include "src/io/diagnostic.h"
#include "src/io/utf8.h"

namespace chainmap {

std::string CsvGuard(std::string_view text) {
  if (!text.empty()) {
    switch (text.front()) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
        return "'" + std::string(text);
    }
  }
  return std::string(text);
}

std::string CsvQuote(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {

std::string CellText(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return CsvQuote(CsvGuard(*text));
  if (const auto* number = std::get_if<double>(&cell)) return NumberCellText(*number);
  return "";
}

}  // namespace

void WriteCsv(const Table& table, std::ostream& out) {
  out << kUtf8Bom;
  for (std::size_t i = 0; i < table.columns.size(); ++i)
    out << (i ? "," : "") << CsvQuote(CsvGuard(table.columns[i].header));
  out << "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << CellText(row[i]);
    out << "\r\n";
  }
}

std::vector<CsvRecord> ParseCsv(std::string_view text, const std::string& file) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  std::vector<CsvRecord> records;
  std::size_t pos = 0;
  std::size_t row = 1;
  const auto fail = [&](std::size_t at_row, const std::string& message) {
    // Rows, not line:column: a planner finds the row in Excel by its number.
    throw InputError(file + ":" + std::to_string(at_row), message);
  };
  while (pos < text.size()) {
    CsvRecord record{row, {}};
    std::string field;
    bool record_done = false;
    while (!record_done) {
      if (pos < text.size() && text[pos] == '"') {
        const std::size_t start_row = row;
        ++pos;
        while (true) {
          if (pos >= text.size())
            fail(start_row, "the quoted field in column " +
                                std::to_string(record.fields.size() + 1) +
                                " has no closing quote and runs to the end of the file: add the "
                                "closing \" (a quote inside a field is written \"\")");
          if (text[pos] == '"') {
            if (pos + 1 < text.size() && text[pos + 1] == '"') {
              field += '"';
              pos += 2;
              continue;
            }
            ++pos;
            break;
          }
          field += text[pos++];
        }
        if (pos < text.size() && text[pos] != ',' && text[pos] != '\r' && text[pos] != '\n')
          fail(row,
               "unexpected text after a closing quote (a quote inside a field is written \"\")");
      } else {
        while (pos < text.size() && text[pos] != ',' && text[pos] != '\r' && text[pos] != '\n')
          field += text[pos++];
      }
      record.fields.push_back(std::move(field));
      field.clear();
      if (pos < text.size() && text[pos] == ',') {
        ++pos;
        continue;
      }
      if (pos < text.size() && text[pos] == '\r') ++pos;
      if (pos < text.size() && text[pos] == '\n') ++pos;
      record_done = true;
    }
    records.push_back(std::move(record));
    ++row;
  }
  return records;
}

}  // namespace chainmap
