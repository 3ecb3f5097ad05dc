#include "src/io/registry_row.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "src/model/uscc.h"

namespace chainmap {
namespace {

using F = RegistryField;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

/// An Excel date serial (days since 1899-12-30) as "YYYY-MM-DD".
std::string SerialToDate(long days) {
  // Civil-from-days (Howard Hinnant), from 1970-01-01 = serial 25569.
  long z = days - 25569 + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2);
  char out[64];
  std::snprintf(out, sizeof out, "%04ld-%02ld-%02ld", y, m, d);
  return out;
}

std::string ReadDate(std::string_view text) {
  if (!text.empty() && text.size() <= 6 && std::all_of(text.begin(), text.end(), IsDigit)) {
    long serial = 0;
    std::from_chars(text.data(), text.data() + text.size(), serial);
    if (serial > 0 && serial < 80000) return SerialToDate(serial);
  }
  std::string out(text);
  std::replace(out.begin(), out.end(), '/', '-');
  return out;
}

std::optional<int> ReadCount(std::string_view text) {
  std::string digits;
  for (const char c : text) {
    if (IsDigit(c))
      digits += c;
    else if (c != ',' && c != ' ' && text.find("人") == std::string_view::npos)
      return std::nullopt;
  }
  if (digits.empty() || digits.size() > 9) return std::nullopt;
  return std::stoi(digits);
}

}  // namespace

std::vector<std::string> SplitListCell(std::string_view cell) {
  static constexpr std::array<std::string_view, 8> kSeparators{
      "、", ";", ",", "|", "\xEF\xBC\x9B", "\xEF\xBC\x8C", "\xEF\xBD\x9C", "\n"};
  std::vector<std::string> items;
  std::size_t start = 0;
  const auto flush = [&](std::size_t end) {
    std::string item(TrimCell(cell.substr(start, end - start)));
    if (!item.empty() && item != "-" && std::find(items.begin(), items.end(), item) == items.end())
      items.push_back(std::move(item));
  };
  for (std::size_t i = 0; i < cell.size();) {
    // Every separator starts with one of these bytes; most bytes are none of them.
    const char b = cell[i];
    if (b != '\xE3' && b != '\xEF' && b != ';' && b != ',' && b != '|' && b != '\n') {
      ++i;
      continue;
    }
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

std::optional<RegistryAmount> ParseRegistryAmount(std::string_view text,
                                                  const std::string& default_unit) {
  text = TrimCell(text);
  std::string number;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (IsDigit(c) || c == '.')
      number += c;
    else if (c != ',' && c != ' ')
      break;
  }
  if (number.empty() || number == ".") return std::nullopt;
  double value = 0;
  const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (error != std::errc() || end != number.data() + number.size()) return std::nullopt;
  std::string_view rest = TrimCell(text.substr(i));
  RegistryAmount amount;
  double scale = 1;  // to 万
  if (rest.substr(0, 3) == "亿") {
    scale = 10000;
    rest.remove_prefix(3);
  } else if (rest.substr(0, 3) == "万") {
    rest.remove_prefix(3);
  } else if (rest.substr(0, 3) == "元") {
    scale = 0.0001;
  } else if (rest.empty()) {
    if (default_unit == "亿元")
      scale = 10000;
    else if (default_unit == "元")
      scale = 0.0001;
    else if (!default_unit.empty() && default_unit != "万元" && default_unit != "万")
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  std::string currency = "元";
  for (const auto& [word, name] : {std::pair<std::string_view, std::string_view>{"美元", "美元"},
                                   {"港元", "港元"},
                                   {"港币", "港元"},
                                   {"欧元", "欧元"},
                                   {"日元", "日元"},
                                   {"英镑", "英镑"}})
    if (rest.find(word) != std::string_view::npos) currency = name;
  amount.value = value * scale;
  amount.unit = "万" + currency;
  return amount;
}

std::pair<std::string, std::string> SplitIndustryCell(std::string_view cell) {
  cell = TrimCell(cell);
  std::size_t i = 0;
  std::string code;
  if (!cell.empty() && cell[0] >= 'A' && cell[0] <= 'T') {
    code += cell[0];
    i = 1;
  } else if (!cell.empty() && cell[0] >= 'a' && cell[0] <= 't') {
    code += static_cast<char>(cell[0] - 'a' + 'A');
    i = 1;
  }
  std::size_t digits = 0;
  while (i + digits < cell.size() && IsDigit(cell[i + digits])) ++digits;
  const bool letter_then_space =
      code.size() == 1 && digits == 0 &&
      (i >= cell.size() || cell[i] == ' ' || static_cast<unsigned char>(cell[i]) >= 0x80);
  if (digits >= 2 && digits <= 4) {
    code += std::string(cell.substr(i, digits));
    return {code, std::string(TrimCell(cell.substr(i + digits)))};
  }
  if (letter_then_space) return {code, std::string(TrimCell(cell.substr(i)))};
  return {"", std::string(cell)};
}

RegistryRow ParseRegistryRow(const RegistryHeader& header, std::size_t row,
                             const std::vector<std::string_view>& cells) {
  RegistryRow out;
  out.row = row;
  const auto cell = [&](F field) -> std::string_view {
    const auto& c = header.column[static_cast<std::size_t>(field)];
    return c && *c < cells.size() ? TrimCell(cells[*c]) : std::string_view();
  };
  const auto fail = [&](F field, const std::string& message) {
    if (!out.problem.empty()) return;
    out.problem = message;
    out.problem_column = *header.column[static_cast<std::size_t>(field)] + 1;
  };
  out.name = cell(F::kName);
  if (out.name.empty()) fail(F::kName, std::string(FieldLabel(F::kName)) + " is empty");
  if (const std::string_view u = cell(F::kUscc); !u.empty() && u != "-") {
    std::string code(u);
    for (char& c : code)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (const std::string problem = UsccProblem(code); problem.empty()) {
      out.uscc = code;
    } else {
      out.invalid_uscc = code;
      out.uscc_problem = problem;
    }
  }
  out.status = cell(F::kStatus);
  out.founded = ReadDate(cell(F::kFounded));
  for (const F f : {F::kRegisteredCapital, F::kPaidCapital}) {
    if (out.capital) break;
    const std::string_view text = cell(f);
    if (text.empty() || text == "-") continue;
    out.capital = ParseRegistryAmount(text, header.capital_unit);
    if (!out.capital)
      fail(f, std::string(FieldLabel(f)) + " '" + std::string(text) +
                  "' is not an amount such as 5000万元人民币 or 1000万美元");
  }
  out.province = cell(F::kProvince);
  out.city = cell(F::kCity);
  out.county = cell(F::kCounty);
  out.address = cell(F::kAddress);
  out.region = cell(F::kRegion);
  // Industry: every level's column, most specific first; a section letter from 门类.
  char section = 0;
  for (auto it = header.industry_columns.rbegin(); it != header.industry_columns.rend(); ++it) {
    if (*it >= cells.size()) continue;
    for (const std::string& item : SplitListCell(cells[*it])) {
      auto [code, name] = SplitIndustryCell(item);
      if (code.size() == 1) {
        section = code[0];
        code.clear();
      }
      if (!code.empty() && std::find(out.industry_codes.begin(), out.industry_codes.end(), code) ==
                               out.industry_codes.end())
        out.industry_codes.push_back(code);
      if (!name.empty()) out.industry_names.push_back(name);
    }
  }
  if (section)
    for (std::string& code : out.industry_codes)
      if (IsDigit(code[0])) code.insert(code.begin(), section);
  std::stable_sort(out.industry_codes.begin(), out.industry_codes.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  out.company_type = cell(F::kCompanyType);
  out.scope = cell(F::kScope);
  if (const std::string_view text = cell(F::kInsured); !text.empty() && text != "-") {
    out.insured = ReadCount(text);
    if (!out.insured) fail(F::kInsured, "参保人数 '" + std::string(text) + "' is not a number");
  }
  if (const std::string_view text = cell(F::kRevenue); !text.empty() && text != "-") {
    out.revenue = ParseRegistryAmount(text, header.revenue_unit);
    if (!out.revenue)
      fail(F::kRevenue, "营业收入 '" + std::string(text) + "' is not an amount such as 1.2亿元");
  }
  if (const std::string_view text = cell(F::kListed);
      !text.empty() && text != "-" && text != "否" && text != "未上市" && text != "不上市")
    out.listed = text;
  out.former_names = SplitListCell(cell(F::kFormerNames));
  out.tags = SplitListCell(cell(F::kTags));
  out.links = SplitListCell(cell(F::kLink));
  out.short_name = cell(F::kShortName);
  if (const std::string_view local = cell(F::kLocal); !local.empty()) {
    if (local == "是" || local == "本地" || local == "yes" || local == "true" || local == "1")
      out.local = true;
    else if (local == "否" || local == "外地" || local == "no" || local == "false" || local == "0")
      out.local = false;
    else
      fail(F::kLocal, "本地 '" + std::string(local) + "' is not 是/否 (yes/no)");
  }
  return out;
}

}  // namespace chainmap
