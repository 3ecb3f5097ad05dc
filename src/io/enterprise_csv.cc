#include "src/io/enterprise_csv.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <map>

#include "src/io/table_csv.h"
#include "src/io/utf8.h"
#include "src/model/uscc.h"

namespace chainmap {
namespace {

enum class Field { kName, kUscc, kIndustryCode, kLink, kRevenue, kRegion, kTags, kLocal };

/// Header spellings, compared after trimming and lower-casing ASCII.
constexpr std::pair<std::string_view, Field> kAliases[] = {
    {"企业名称", Field::kName},
    {"name", Field::kName},
    {"统一社会信用代码", Field::kUscc},
    {"uscc", Field::kUscc},
    {"行业代码", Field::kIndustryCode},
    {"industry_code", Field::kIndustryCode},
    {"industry code", Field::kIndustryCode},
    {"所属环节", Field::kLink},
    {"link", Field::kLink},
    {"营业收入", Field::kRevenue},
    {"revenue", Field::kRevenue},
    {"所在地区", Field::kRegion},
    {"region", Field::kRegion},
    {"标签", Field::kTags},
    {"tags", Field::kTags},
    {"本地", Field::kLocal},
    {"是否本地", Field::kLocal},
    {"local", Field::kLocal},
    {"环节", Field::kLink},
};

std::string Trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  // Full-width space (U+3000), which Excel users type in Chinese cells.
  while (text.substr(0, 3) == "\xE3\x80\x80") text.remove_prefix(3);
  while (text.size() >= 3 && text.substr(text.size() - 3) == "\xE3\x80\x80") text.remove_suffix(3);
  return std::string(text);
}

std::string LowerAscii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

/// Splits "营业收入(万元)" into "营业收入" and "万元" (ASCII or full-width brackets).
std::pair<std::string, std::string> SplitUnit(const std::string& header) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"},
                                    {"\xEF\xBC\x88", "\xEF\xBC\x89"}}) {
    const auto at = header.find(open);
    if (at != std::string::npos && header.size() >= close.size() &&
        header.compare(header.size() - close.size(), close.size(), close) == 0)
      return {
          Trim(header.substr(0, at)),
          Trim(header.substr(at + open.size(), header.size() - close.size() - at - open.size()))};
  }
  return {header, ""};
}

std::optional<bool> ParseLocal(const std::string& text) {
  const std::string v = LowerAscii(text);
  if (v == "是" || v == "本地" || v == "yes" || v == "y" || v == "true" || v == "1") return true;
  if (v == "否" || v == "外地" || v == "no" || v == "n" || v == "false" || v == "0") return false;
  return std::nullopt;
}

/// "C3130", "c31" or "3130": an optional section letter and 2-4 digits.
bool IsIndustryCode(const std::string& code) {
  std::size_t digits = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (i == 0 && code[0] >= 'A' && code[0] <= 'T') continue;
    if (!std::isdigit(static_cast<unsigned char>(code[i]))) return false;
    ++digits;
  }
  return digits >= 2 && digits <= 4;
}

/// Whether every field of a record is empty or white space.
bool IsBlank(const CsvRecord& record) {
  return std::all_of(record.fields.begin(), record.fields.end(),
                     [](const std::string& f) { return Trim(f).empty(); });
}

}  // namespace

std::vector<std::string> SplitCellList(std::string_view cell) {
  static constexpr std::array<std::string_view, 8> kSeparators{
      "、", ";", ",", "|", "\xEF\xBC\x9B" /*；*/, "\xEF\xBC\x8C" /*，*/, "\xEF\xBD\x9C" /*｜*/,
      "\n"};
  std::vector<std::string> items;
  std::size_t start = 0;
  const auto flush = [&](std::size_t end) {
    std::string item = Trim(cell.substr(start, end - start));
    if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end())
      items.push_back(std::move(item));
  };
  for (std::size_t i = 0; i < cell.size();) {
    std::size_t matched = 0;
    for (const std::string_view s : kSeparators)
      if (cell.substr(i, s.size()) == s) matched = s.size();
    if (matched) {
      flush(i);
      i += matched;
      start = i;
    } else {
      ++i;
    }
  }
  flush(cell.size());
  return items;
}

std::optional<double> ParseDecimal(std::string_view text, int shift) {
  std::string digits;
  std::size_t point = std::string::npos;
  for (const char c : text) {
    if (c == ',' || c == ' ') continue;
    if (c == '.' && point == std::string::npos) {
      point = digits.size();
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || point == 0 || point == digits.size()) return std::nullopt;
  if (point == std::string::npos) point = digits.size();
  // Move the point `shift` places left, padding with zeros: "12345" (万元) → "1.2345".
  const int integer_digits = static_cast<int>(point) - shift;
  if (integer_digits <= 0) digits.insert(0, static_cast<std::size_t>(1 - integer_digits), '0');
  const std::size_t new_point = static_cast<std::size_t>(std::max(integer_digits, 1));
  const std::string decimal = digits.substr(0, new_point) + "." + digits.substr(new_point) + "0";
  return std::strtod(decimal.c_str(), nullptr);
}

EnterpriseCsv ParseEnterpriseCsv(std::string_view text, const std::string& file) {
  if (const auto problem = FindInvalidUtf8(text))
    throw InputError(file + ":" + std::to_string(problem->position.line),
                     "not UTF-8 (byte 0x" + problem->byte_hex +
                         "); the file is probably GBK/GB18030: in Excel save it as "
                         "\"CSV UTF-8 (逗号分隔)\", or convert it with "
                         "'iconv -f GB18030 -t UTF-8'");
  const std::vector<CsvRecord> records = ParseCsv(text, file);
  if (records.empty()) throw InputError(file, "empty file: expected a header row");

  EnterpriseCsv out;
  out.file = file;
  std::map<Field, std::size_t> columns;
  std::map<Field, std::string> column_names;
  int revenue_shift = 0;
  const CsvRecord& header = records.front();
  if (IsBlank(header))
    throw InputError(file + ":1",
                     "the first row is empty: it must be the header row, naming the columns "
                     "(企业名称 at least)");
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string written = Trim(header.fields[i]);
    auto [base, unit] = SplitUnit(written);
    base = LowerAscii(base);
    std::optional<Field> field;
    for (const auto& [alias, f] : kAliases)
      if (alias == base) field = f;
    if (field == Field::kRevenue) {
      if (unit == "万元")
        revenue_shift = 4;
      else if (!unit.empty() && unit != "亿元")
        throw InputError(file + ":1",
                         "column '" + written + "': the revenue unit must be 亿元 or 万元");
    } else if (!unit.empty()) {
      field.reset();  // "企业名称(全称)" is some other column.
    }
    if (!field) {
      if (!written.empty())
        out.notes.push_back(
            {Severity::kNote, file + ":1", {}, "", "column '" + written + "' is not imported"});
      continue;
    }
    if (!columns.emplace(*field, i).second)
      throw InputError(file + ":1", "columns '" + column_names[*field] + "' and '" + written +
                                        "' say the same thing; keep one");
    column_names[*field] = written;
  }
  if (!columns.count(Field::kName))
    throw InputError(file + ":1",
                     "no 企业名称 (name) column; the header row must name the columns");

  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    const auto cell = [&](Field f) -> std::string {
      const auto it = columns.find(f);
      return it == columns.end() || it->second >= record.fields.size()
                 ? std::string()
                 : Trim(record.fields[it->second]);
    };
    if (IsBlank(record)) continue;
    const auto reject = [&](const std::string& reason) {
      out.rejected.push_back(
          {Severity::kError, file + ":" + std::to_string(record.row), {}, "", reason});
    };
    EnterpriseCsvRow row;
    row.row = record.row;
    row.name = cell(Field::kName);
    if (row.name.empty()) {
      reject(column_names[Field::kName] + " is empty");
      continue;
    }
    row.uscc = cell(Field::kUscc);
    for (char& c : row.uscc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!row.uscc.empty()) {
      if (const std::string problem = UsccProblem(row.uscc); !problem.empty()) {
        reject(column_names[Field::kUscc] + " '" + row.uscc + "' is not valid: " + problem);
        continue;
      }
    }
    bool bad = false;
    for (std::string code : SplitCellList(cell(Field::kIndustryCode))) {
      for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (!IsIndustryCode(code)) {
        reject(column_names[Field::kIndustryCode] + " '" + code +
               "' is not a GB/T 4754 code (a section letter and 2-4 digits, e.g. C3130)");
        bad = true;
        break;
      }
      row.industry_codes.push_back(code);
    }
    if (bad) continue;
    row.links = SplitCellList(cell(Field::kLink));
    if (const std::string revenue = cell(Field::kRevenue); !revenue.empty()) {
      row.revenue = ParseDecimal(revenue, revenue_shift);
      if (!row.revenue) {
        reject(column_names[Field::kRevenue] + " '" + revenue + "' is not a non-negative number");
        continue;
      }
    }
    row.region = cell(Field::kRegion);
    row.tags = SplitCellList(cell(Field::kTags));
    if (const std::string local = cell(Field::kLocal); !local.empty()) {
      row.local = ParseLocal(local);
      if (!row.local) {
        reject(column_names[Field::kLocal] + " '" + local + "' is not 是/否 (yes/no)");
        continue;
      }
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace chainmap
