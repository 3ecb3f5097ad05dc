#include "src/io/registry_columns.h"

#include <cctype>
#include <utility>

#include "src/io/diagnostic.h"

namespace chainmap {
namespace {

using F = RegistryField;

/// Header spellings of 企查查, 天眼查, 启信宝, the national credit system (国家企业信用信息
/// 公示系统) and chainmap's own CSV; compared trimmed and ASCII lower-cased.
constexpr std::pair<std::string_view, F> kSynonyms[] = {
    {"企业名称", F::kName},
    {"公司名称", F::kName},
    {"名称", F::kName},
    {"企业名", F::kName},
    {"单位名称", F::kName},
    {"市场主体名称", F::kName},
    {"name", F::kName},
    {"统一社会信用代码", F::kUscc},
    {"社会信用代码", F::kUscc},
    {"信用代码", F::kUscc},
    {"uscc", F::kUscc},
    {"登记状态", F::kStatus},
    {"经营状态", F::kStatus},
    {"企业状态", F::kStatus},
    {"状态", F::kStatus},
    {"存续状态", F::kStatus},
    {"成立日期", F::kFounded},
    {"成立时间", F::kFounded},
    {"注册日期", F::kFounded},
    {"注册资本", F::kRegisteredCapital},
    {"注册资金", F::kRegisteredCapital},
    {"实缴资本", F::kPaidCapital},
    {"所属省份", F::kProvince},
    {"省份", F::kProvince},
    {"所在省份", F::kProvince},
    {"省", F::kProvince},
    {"所属城市", F::kCity},
    {"城市", F::kCity},
    {"所在城市", F::kCity},
    {"地市", F::kCity},
    {"所属地市", F::kCity},
    {"所属区县", F::kCounty},
    {"区县", F::kCounty},
    {"所在区县", F::kCounty},
    {"企业地址", F::kAddress},
    {"注册地址", F::kAddress},
    {"地址", F::kAddress},
    {"住所", F::kAddress},
    {"通信地址", F::kAddress},
    {"国标行业门类", F::kIndustry},
    {"国标行业大类", F::kIndustry},
    {"国标行业中类", F::kIndustry},
    {"国标行业小类", F::kIndustry},
    {"国标行业", F::kIndustry},
    {"所属行业", F::kIndustry},
    {"行业", F::kIndustry},
    {"行业门类", F::kIndustry},
    {"行业大类", F::kIndustry},
    {"行业中类", F::kIndustry},
    {"行业小类", F::kIndustry},
    {"行业代码", F::kIndustry},
    {"国民经济行业", F::kIndustry},
    {"industry_code", F::kIndustry},
    {"industry code", F::kIndustry},
    {"企业类型", F::kCompanyType},
    {"公司类型", F::kCompanyType},
    {"类型", F::kCompanyType},
    {"经营范围", F::kScope},
    {"参保人数", F::kInsured},
    {"社保人数", F::kInsured},
    {"参保人员", F::kInsured},
    {"营业收入", F::kRevenue},
    {"营收", F::kRevenue},
    {"revenue", F::kRevenue},
    {"上市状态", F::kListed},
    {"上市信息", F::kListed},
    {"股票代码", F::kListed},
    {"是否上市", F::kListed},
    {"曾用名", F::kFormerNames},
    {"简称", F::kShortName},
    {"企业简称", F::kShortName},
    {"品牌简称", F::kShortName},
    {"标签", F::kTags},
    {"企业标签", F::kTags},
    {"科技型企业", F::kTags},
    {"企业资质", F::kTags},
    {"资质", F::kTags},
    {"tags", F::kTags},
    {"所在地区", F::kRegion},
    {"region", F::kRegion},
    {"所属环节", F::kLink},
    {"环节", F::kLink},
    {"link", F::kLink},
    {"本地", F::kLocal},
    {"是否本地", F::kLocal},
    {"local", F::kLocal},
};

/// Registry columns chainmap reads past on purpose (listed as ignored, not unknown).
constexpr std::string_view kKnownUnused[] = {
    "法定代表人", "法人",     "核准日期", "纳税人识别号",   "注册号",     "组织机构代码",
    "英文名",     "电话",     "更多电话", "邮箱",           "更多邮箱",   "网址",
    "登记机关",   "营业期限", "人员规模", "进出口企业代码", "纳税人资质", "序号"};

constexpr std::string_view kLabels[] = {
    "企业名称", "统一社会信用代码", "登记状态", "成立日期", "注册资本", "实缴资本",
    "所属省份", "所属城市",         "所属区县", "企业地址", "国标行业", "企业类型",
    "经营范围", "参保人数",         "营业收入", "上市状态", "曾用名",   "简称",
    "标签",     "所在地区",         "所属环节", "本地"};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Splits "营业收入(万元)" into "营业收入" and "万元" (ASCII or full-width brackets).
std::pair<std::string, std::string> SplitUnit(std::string_view header) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"},
                                    {"\xEF\xBC\x88", "\xEF\xBC\x89"}}) {
    const auto at = header.find(open);
    if (at != std::string_view::npos && header.size() >= close.size() &&
        header.substr(header.size() - close.size()) == close)
      return {std::string(TrimCell(header.substr(0, at))),
              std::string(TrimCell(header.substr(
                  at + open.size(), header.size() - close.size() - at - open.size())))};
  }
  return {std::string(header), ""};
}

}  // namespace

std::string_view TrimCell(std::string_view text) {
  // Most cells start and end with none of the bytes trimmed: they are left at once.
  const auto edge = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\xE3' || c == '\x80';
  };
  if (text.empty() || (!edge(text.front()) && !edge(text.back()))) return text;
  for (bool again = true; again;) {
    again = false;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' ||
                             text.front() == '\n')) {
      text.remove_prefix(1);
      again = true;
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                             text.back() == '\n')) {
      text.remove_suffix(1);
      again = true;
    }
    if (text.substr(0, 3) == "\xE3\x80\x80") {
      text.remove_prefix(3);
      again = true;
    }
    if (text.size() >= 3 && text.substr(text.size() - 3) == "\xE3\x80\x80") {
      text.remove_suffix(3);
      again = true;
    }
  }
  return text;
}

std::string_view FieldLabel(RegistryField field) { return kLabels[static_cast<int>(field)]; }

ColumnMatch MatchColumn(std::string_view header) {
  ColumnMatch match;
  const auto [base, unit] = SplitUnit(TrimCell(header));
  const std::string key = Lower(base);
  for (const auto& [alias, field] : kSynonyms)
    if (alias == key) match.field = field;
  if (match.field) {
    match.unit = unit;
    return match;
  }
  for (const std::string_view unused : kKnownUnused)
    if (unused == key) match.known_unused = true;
  return match;
}

std::optional<RegistryHeader> RecognizeHeader(const std::string& file, std::size_t row,
                                              const std::vector<std::string_view>& cells) {
  RegistryHeader header;
  header.row = row;
  header.column.assign(std::size(kLabels), std::nullopt);
  std::size_t known = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string written(TrimCell(cells[i]));
    header.names.push_back(written);
    if (written.empty()) continue;
    const ColumnMatch match = MatchColumn(written);
    if (!match.field) {
      header.ignored.push_back(written);
      continue;
    }
    ++known;
    header.used.push_back(written);
    const auto f = static_cast<std::size_t>(*match.field);
    if (*match.field == F::kIndustry) {
      header.industry_columns.push_back(i);
      header.column[f] = i;
      continue;
    }
    if (header.column[f]) {
      if (header.column[static_cast<std::size_t>(F::kName)])
        throw InputError(file + ":" + std::to_string(row) + ":" + std::to_string(i + 1),
                         "columns '" + header.names[*header.column[f]] + "' and '" + written +
                             "' are both " + std::string(FieldLabel(*match.field)) + "; keep one");
      return std::nullopt;
    }
    if ((*match.field == F::kRevenue || *match.field == F::kRegisteredCapital ||
         *match.field == F::kPaidCapital) &&
        !match.unit.empty() && match.unit != "元" && match.unit != "万元" && match.unit != "万" &&
        match.unit != "亿元")
      throw InputError(file + ":" + std::to_string(row) + ":" + std::to_string(i + 1),
                       "column '" + written + "': the unit must be 元, 万元 or 亿元");
    header.column[f] = i;
    if (*match.field == F::kRevenue) header.revenue_unit = match.unit;
    if (*match.field == F::kRegisteredCapital) header.capital_unit = match.unit;
  }
  if (!header.column[static_cast<std::size_t>(F::kName)] || known < 2) return std::nullopt;
  return header;
}

}  // namespace chainmap
