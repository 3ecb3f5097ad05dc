#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/io/registry_columns.h"

namespace chainmap {

/// An amount as a registry states it, in 万 of its currency: "5000万元人民币" → 5000 万元,
/// "1000万美元" → 1000 万美元, "1.2亿元" → 12000 万元.
struct RegistryAmount {
  double value = 0;
  std::string unit;  ///< "万元", "万美元", "万港元"…
};

/// One data row of a registry export, its cells understood but not yet judged against a
/// zone (see registry_import.h). Cells that are present but cannot be read make the row
/// bad (`problem`); an invalid USCC does not: the row keeps going without it.
struct RegistryRow {
  std::size_t row = 0;  ///< As the sheet numbers it.
  std::string name;
  std::string uscc;          ///< Valid, upper-case; empty if none or invalid.
  std::string invalid_uscc;  ///< The code as written, when its check fails.
  std::string uscc_problem;  ///< Why it fails.
  std::string status;        ///< 登记状态 as written: 存续, 注销…
  std::string founded;       ///< "2012-03-05" where readable, else as written.
  std::optional<RegistryAmount> capital;
  std::string province, city, county, address, region;
  std::vector<std::string> industry_codes;  ///< Most specific first: "C3120".
  std::vector<std::string> industry_names;  ///< "炼钢", most specific first.
  std::string company_type;
  std::string scope;  ///< 经营范围.
  std::optional<int> insured;
  std::optional<RegistryAmount> revenue;
  std::string listed;  ///< 上市状态 or 股票代码, when it says the firm is listed.
  std::vector<std::string> former_names, tags, links;
  std::string short_name;
  std::optional<bool> local;
  /// Why the row cannot be used (empty when it can), with the column it concerns.
  std::string problem;
  std::size_t problem_column = 0;  ///< 1-based; 0 when the row as a whole is bad.
};

/// Reads one data row under a header. `cells` as the file gave them.
RegistryRow ParseRegistryRow(const RegistryHeader& header, std::size_t row,
                             const std::vector<std::string_view>& cells);

/// The same into `out`, every field overwritten, its strings' storage reused: a stream of
/// rows read into one RegistryRow allocates next to nothing per row.
void ParseRegistryRow(const RegistryHeader& header, std::size_t row,
                      const std::vector<std::string_view>& cells, RegistryRow& out);
/// ParseRegistryRow in two parts, for a reader that judges most rows on a few cells (the
/// candidate pool): the first reads every cell that can make the row bad and those that
/// place it (name, USCC, 登记状态, amounts, 参保人数, places, 国标行业, 经营范围, 本地);
/// the second the rest (成立日期, 企业类型, 上市, 曾用名, 标签, 所属环节, 简称), which
/// never make a row bad. Both together give what ParseRegistryRow gives.
void ParseRegistryRowJudged(const RegistryHeader& header, std::size_t row,
                            const std::vector<std::string_view>& cells, RegistryRow& out);
void ParseRegistryRowRest(const RegistryHeader& header, const std::vector<std::string_view>& cells,
                          RegistryRow& out);

/// Parses "5000万元人民币", "1,000 万美元", "1.2亿", "800" (in `default_unit`).
std::optional<RegistryAmount> ParseRegistryAmount(std::string_view text,
                                                  const std::string& default_unit);

/// Splits "C3120 炼钢", "C3120", "3120炼钢" or "炼钢" into code and name.
std::pair<std::string, std::string> SplitIndustryCell(std::string_view cell);

/// Splits a list cell on 、 ; , | ；，｜ and newlines; trims; drops empties and repeats.
std::vector<std::string> SplitListCell(std::string_view cell);

/// The same into `items`, replacing what it held and reusing its strings.
void SplitListCell(std::string_view cell, std::vector<std::string>& items);

}  // namespace chainmap
