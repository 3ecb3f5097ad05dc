#include "src/io/list_files.h"

#include <sstream>

#include "src/io/table_csv.h"
#include "src/io/table_markdown.h"
#include "src/io/table_xlsx.h"

namespace chainmap {

std::vector<std::pair<std::string, std::string>> ListFiles(const std::vector<Table>& tables,
                                                           const std::set<std::string>& formats) {
  std::vector<std::pair<std::string, std::string>> files;
  if (formats.count("xlsx")) files.emplace_back("lists.xlsx", XlsxBytes(tables));
  for (const Table& table : tables) {
    if (formats.count("csv")) {
      std::ostringstream csv;
      WriteCsv(table, csv);
      files.emplace_back(table.stem + ".csv", csv.str());
    }
    if (formats.count("md")) {
      std::ostringstream md;
      WriteMarkdown(table, md);
      files.emplace_back(table.stem + ".md", md.str());
    }
  }
  return files;
}

}  // namespace chainmap
