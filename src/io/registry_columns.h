#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

/// A column of a registry export that import and `targets --pool` use.
enum class RegistryField {
  kName,
  kUscc,
  kStatus,
  kFounded,
  kRegisteredCapital,
  kPaidCapital,
  kProvince,
  kCity,
  kCounty,
  kAddress,
  kIndustry,  ///< Any level: 国标行业门类/大类/中类/小类, 所属行业, 行业代码.
  kCompanyType,
  kScope,
  kInsured,
  kRevenue,
  kListed,
  kFormerNames,
  kShortName,
  kTags,
  kRegion,  ///< A free-text place (the older chainmap CSV's 所在地区).
  kLink,    ///< 所属环节: the link named by hand (the older chainmap CSV).
  kLocal,   ///< 本地: 是/否 (the older chainmap CSV).
};

/// How a header cell was understood.
struct ColumnMatch {
  std::optional<RegistryField> field;  ///< nullopt: not used.
  std::string unit;                    ///< From "营业收入(万元)": "万元".
  bool known_unused = false;           ///< A registry column chainmap deliberately ignores.
};

/// Matches one header cell against the synonym table (docs/import.md): trimmed,
/// ASCII lower-cased, a unit in brackets split off.
ColumnMatch MatchColumn(std::string_view header);

/// The field's name in reports: "企业名称".
std::string_view FieldLabel(RegistryField field);

/// A header row understood: the column of each field (industry may have several, most
/// general first), and the columns not used.
struct RegistryHeader {
  std::size_t row = 0;                             ///< Row number of the header in the file.
  std::vector<std::optional<std::size_t>> column;  ///< By RegistryField.
  std::vector<std::size_t> industry_columns;       ///< Every 行业 column, left to right.
  std::vector<std::string> names;                  ///< The header cells as written.
  std::string revenue_unit, capital_unit;          ///< From the headers' brackets.
  std::vector<std::string> used, ignored;          ///< Header cells, for the report.
};

/// Tries a row as the header: it needs a name column and at least one other known
/// column (title rows above a header have neither). nullopt if it is not a header.
/// Throws InputError naming the row and both columns when two columns mean the same
/// field (other than 行业 levels).
std::optional<RegistryHeader> RecognizeHeader(const std::string& file, std::size_t row,
                                              const std::vector<std::string_view>& cells);

/// Trims ASCII and full-width spaces.
std::string_view TrimCell(std::string_view text);

}  // namespace chainmap
