#include "src/io/table.h"

#include <cassert>
#include <cmath>
#include <stdexcept>

namespace chainmap {

void Table::AddRow(std::vector<Cell> row) {
  assert(row.size() == columns.size() && "a row needs one cell per column");
  rows.push_back(std::move(row));
}

std::string NumberCellText(double value) {
  if (!std::isfinite(value))
    throw std::logic_error("a list cell holds " + FormatNumber(value) +
                           ": a sum overflowed or a bound on the input is missing");
  return FormatNumber(value);
}

}  // namespace chainmap
