#include "src/io/table.h"

#include <cassert>

namespace chainmap {

void Table::AddRow(std::vector<Cell> row) {
  assert(row.size() == columns.size() && "a row needs one cell per column");
  rows.push_back(std::move(row));
}

}  // namespace chainmap
