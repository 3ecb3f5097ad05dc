#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/io/diagnostic.h"

namespace chainmap {

/// One data row of an enterprise registry CSV, its cells checked and split but not yet
/// matched against a zone (see enterprise_csv_import.h).
struct EnterpriseCsvRow {
  std::size_t row = 0;  ///< As Excel numbers it: the header is row 1.
  std::string name;
  std::string uscc;                         ///< Checked by its check character.
  std::vector<std::string> industry_codes;  ///< "C3130", upper-case.
  std::vector<std::string> links;           ///< As written: "steel/wire-rod" or "线材".
  std::optional<double> revenue;            ///< In 亿元, converted from 万元 if so headed.
  std::string region;
  std::vector<std::string> tags;
  std::optional<bool> local;  ///< nullopt: the file does not say.
};

/// A registry CSV read: good rows, and rejected rows and notes as diagnostics whose
/// file is "FILE:ROW".
struct EnterpriseCsv {
  std::string file;  ///< The file as named in messages.
  std::vector<EnterpriseCsvRow> rows;
  std::vector<Diagnostic> rejected;  ///< One error per bad row.
  std::vector<Diagnostic> notes;     ///< Columns that are not imported.
};

/// Reads an enterprise CSV with Chinese or English headers (docs/cli.md, chainmap
/// import): 企业名称/name (required), 统一社会信用代码/uscc, 行业代码/industry_code,
/// 所属环节/link, 营业收入/revenue (亿元, or 万元 when the header says "(万元)"),
/// 所在地区/region, 标签/tags, 本地/local. `file` names the file in messages. Throws
/// InputError for problems with the file as a whole: not UTF-8, no header, no name
/// column, a repeated column, a revenue unit other than 亿元 or 万元.
EnterpriseCsv ParseEnterpriseCsv(std::string_view text, const std::string& file);

/// Splits a cell on the separators planners use: 、 ; , | and their full-width forms;
/// trims each item and drops empty ones and repeats.
std::vector<std::string> SplitCellList(std::string_view cell);

/// Parses a non-negative decimal ("12.5", "1,234") and moves its decimal point
/// `shift` places to the left on the text, so 万元 → 亿元 is exact before rounding to
/// double. nullopt if the text is not such a number.
std::optional<double> ParseDecimal(std::string_view text, int shift);

}  // namespace chainmap
