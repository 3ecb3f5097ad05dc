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

void ReadDate(std::string_view text, std::string& out) {
  if (!text.empty() && text.size() <= 6 && std::all_of(text.begin(), text.end(), IsDigit)) {
    long serial = 0;
    std::from_chars(text.data(), text.data() + text.size(), serial);
    if (serial > 0 && serial < 80000) {
      out = SerialToDate(serial);
      return;
    }
  }
  out.assign(text.data(), text.size());
  std::replace(out.begin(), out.end(), '/', '-');
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
  int count = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), count);
  return count;
}

/// Calls `visit` with each item of a list cell split on 、 ; , | ；，｜ and newlines,
/// trimmed, without empties, "-" and repeats.
template <typename Visit>
void ForEachListItem(std::string_view cell, const Visit& visit) {
  static constexpr std::array<std::string_view, 8> kSeparators{
      "、", ";", ",", "|", "\xEF\xBC\x9B", "\xEF\xBC\x8C", "\xEF\xBD\x9C", "\n"};
  std::array<std::string_view, 8> seen;  // the first items, to drop repeats without allocating
  std::vector<std::string_view> more;    // the rest, in a long list
  std::size_t count = 0;
  std::size_t start = 0;
  const auto flush = [&](std::size_t end) {
    const std::string_view item = TrimCell(cell.substr(start, end - start));
    if (item.empty() || item == "-") return;
    const auto first = seen.begin() + static_cast<std::ptrdiff_t>(std::min(count, seen.size()));
    if (std::find(seen.begin(), first, item) != first ||
        std::find(more.begin(), more.end(), item) != more.end())
      return;
    if (count < seen.size())
      seen[count] = item;
    else
      more.push_back(item);
    ++count;
    visit(item);
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
}

/// SplitIndustryCell without copying the name.
std::pair<std::string, std::string_view> SplitIndustry(std::string_view cell) {
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
    code.append(cell.substr(i, digits));
    return {code, TrimCell(cell.substr(i + digits))};
  }
  if (letter_then_space) return {code, TrimCell(cell.substr(i))};
  return {"", cell};
}

void Assign(std::string& out, std::string_view text) { out.assign(text.data(), text.size()); }

}  // namespace

std::vector<std::string> SplitListCell(std::string_view cell) {
  std::vector<std::string> items;
  SplitListCell(cell, items);
  return items;
}

void SplitListCell(std::string_view cell, std::vector<std::string>& items) {
  std::size_t n = 0;  // items kept so far; the strings beyond are reused
  ForEachListItem(cell, [&](std::string_view item) {
    if (n < items.size())
      items[n].assign(item.data(), item.size());
    else
      items.emplace_back(item);
    ++n;
  });
  items.resize(n);
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
  const auto [code, name] = SplitIndustry(cell);
  return {code, std::string(name)};
}

RegistryRow ParseRegistryRow(const RegistryHeader& header, std::size_t row,
                             const std::vector<std::string_view>& cells) {
  RegistryRow out;
  ParseRegistryRow(header, row, cells, out);
  return out;
}

namespace {

/// A field's cell, trimmed; empty when the header has no such column or the row is short.
std::string_view CellOf(const RegistryHeader& header, const std::vector<std::string_view>& cells,
                        F field) {
  const auto& c = header.column[static_cast<std::size_t>(field)];
  return c && *c < cells.size() ? TrimCell(cells[*c]) : std::string_view();
}

}  // namespace

void ParseRegistryRow(const RegistryHeader& header, std::size_t row,
                      const std::vector<std::string_view>& cells, RegistryRow& out) {
  ParseRegistryRowJudged(header, row, cells, out);
  ParseRegistryRowRest(header, cells, out);
}

void ParseRegistryRowRest(const RegistryHeader& header, const std::vector<std::string_view>& cells,
                          RegistryRow& out) {
  const auto cell = [&](F field) { return CellOf(header, cells, field); };
  ReadDate(cell(F::kFounded), out.founded);
  Assign(out.company_type, cell(F::kCompanyType));
  out.listed.clear();
  if (const std::string_view text = cell(F::kListed);
      !text.empty() && text != "-" && text != "否" && text != "未上市" && text != "不上市")
    Assign(out.listed, text);
  SplitListCell(cell(F::kFormerNames), out.former_names);
  SplitListCell(cell(F::kTags), out.tags);
  SplitListCell(cell(F::kLink), out.links);
  Assign(out.short_name, cell(F::kShortName));
}

void ParseRegistryRowJudged(const RegistryHeader& header, std::size_t row,
                            const std::vector<std::string_view>& cells, RegistryRow& out) {
  out.row = row;
  out.problem.clear();
  out.problem_column = 0;
  const auto cell = [&](F field) { return CellOf(header, cells, field); };
  const auto fail = [&](F field, const std::string& message) {
    if (!out.problem.empty()) return;
    out.problem = message;
    out.problem_column = *header.column[static_cast<std::size_t>(field)] + 1;
  };
  Assign(out.name, cell(F::kName));
  if (out.name.empty()) fail(F::kName, std::string(FieldLabel(F::kName)) + " is empty");
  out.uscc.clear();
  out.invalid_uscc.clear();
  out.uscc_problem.clear();
  if (const std::string_view u = cell(F::kUscc); !u.empty() && u != "-") {
    Assign(out.uscc, u);
    for (char& c : out.uscc)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (std::string problem = UsccProblem(out.uscc); !problem.empty()) {
      out.invalid_uscc.swap(out.uscc);
      out.uscc_problem = std::move(problem);
    }
  }
  Assign(out.status, cell(F::kStatus));
  out.capital.reset();
  for (const F f : {F::kRegisteredCapital, F::kPaidCapital}) {
    if (out.capital) break;
    const std::string_view text = cell(f);
    if (text.empty() || text == "-") continue;
    out.capital = ParseRegistryAmount(text, header.capital_unit);
    if (!out.capital)
      fail(f, std::string(FieldLabel(f)) + " '" + std::string(text) +
                  "' is not an amount such as 5000万元人民币 or 1000万美元");
  }
  Assign(out.province, cell(F::kProvince));
  Assign(out.city, cell(F::kCity));
  Assign(out.county, cell(F::kCounty));
  Assign(out.address, cell(F::kAddress));
  Assign(out.region, cell(F::kRegion));
  // Industry: every level's column, most specific first; a section letter from 门类.
  std::size_t codes = 0, names = 0;  // kept so far; the strings beyond are reused
  char section = 0;
  for (auto it = header.industry_columns.rbegin(); it != header.industry_columns.rend(); ++it) {
    if (*it >= cells.size()) continue;
    ForEachListItem(cells[*it], [&](std::string_view item) {
      auto [code, name] = SplitIndustry(item);
      if (code.size() == 1) {
        section = code[0];
        code.clear();
      }
      const auto kept = out.industry_codes.begin() + static_cast<std::ptrdiff_t>(codes);
      if (!code.empty() && std::find(out.industry_codes.begin(), kept, code) == kept) {
        if (codes < out.industry_codes.size())
          out.industry_codes[codes] = std::move(code);
        else
          out.industry_codes.push_back(std::move(code));
        ++codes;
      }
      if (!name.empty()) {
        if (names < out.industry_names.size())
          Assign(out.industry_names[names], name);
        else
          out.industry_names.emplace_back(name);
        ++names;
      }
    });
  }
  out.industry_codes.resize(codes);
  out.industry_names.resize(names);
  if (section)
    for (std::string& code : out.industry_codes)
      if (IsDigit(code[0])) code.insert(code.begin(), section);
  if (out.industry_codes.size() > 1)
    std::stable_sort(
        out.industry_codes.begin(), out.industry_codes.end(),
        [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  Assign(out.scope, cell(F::kScope));
  out.insured.reset();
  if (const std::string_view text = cell(F::kInsured); !text.empty() && text != "-") {
    out.insured = ReadCount(text);
    if (!out.insured) fail(F::kInsured, "参保人数 '" + std::string(text) + "' is not a number");
  }
  out.revenue.reset();
  if (const std::string_view text = cell(F::kRevenue); !text.empty() && text != "-") {
    out.revenue = ParseRegistryAmount(text, header.revenue_unit);
    if (!out.revenue)
      fail(F::kRevenue, "营业收入 '" + std::string(text) + "' is not an amount such as 1.2亿元");
  }
  out.local.reset();
  if (const std::string_view local = cell(F::kLocal); !local.empty()) {
    if (local == "是" || local == "本地" || local == "yes" || local == "true" || local == "1")
      out.local = true;
    else if (local == "否" || local == "外地" || local == "no" || local == "false" || local == "0")
      out.local = false;
    else
      fail(F::kLocal, "本地 '" + std::string(local) + "' is not 是/否 (yes/no)");
  }
}

}  // namespace chainmap
