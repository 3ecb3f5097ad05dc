#include "src/io/candidate_pool.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

#include "src/io/registry_import.h"
#include "src/model/region_match.h"

namespace chainmap {
namespace {

/// Tags that make a candidate stronger, as the ranking counts them.
constexpr std::string_view kStrongTags[] = {"高新技术企业", "专精特新", "小巨人", "上市",
                                            "规上",         "瞪羚",     "独角兽"};

/// A quick 16-bit key of a name or code (its length and its first and last eight bytes),
/// for the filter in front of the sets of known ones: most pool firms are not known.
std::size_t QuickKey(std::string_view text) {
  std::uint64_t head = 0, tail = 0;
  if (text.size() >= 8) {
    std::memcpy(&head, text.data(), 8);
    std::memcpy(&tail, text.data() + text.size() - 8, 8);
  } else {
    std::memcpy(&head, text.data(), text.size());
  }
  const std::uint64_t h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^
                          (text.size() * 0x165667B19E3779F9ull);
  return static_cast<std::size_t>(h >> 48);
}

double AmountInWan(const std::optional<RegistryAmount>& a) {
  return a && a->unit == "万元" ? a->value : 0;
}

}  // namespace

bool CandidatePool::Greater(const Firm& a, const Firm& b) {
  return std::tie(a.tags, a.revenue, a.insured, a.capital, b.row) >
         std::tie(b.tags, b.revenue, b.insured, b.capital, a.row);
}

CandidatePool::CandidatePool(const Zone& zone, const std::vector<LinkKey>& gap_links,
                             std::size_t keep)
    : zone_(zone), matcher_(zone), keep_(std::max<std::size_t>(keep, 1)), gap_links_(gap_links) {
  gap_index_.resize(zone.chains().size());
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    gap_index_[c].assign(zone.chains()[c].links().size(), -1);
  for (std::size_t i = 0; i < gap_links.size(); ++i)
    gap_index_[gap_links[i].chain][gap_links[i].link] = static_cast<int>(i);
  heaps_.resize(gap_links.size());
  maybe_known_.assign(1 << 16, false);
  for (const Enterprise& e : zone.enterprises()) {
    if (!e.uscc.empty()) known_uscc_.insert(e.uscc);
    known_names_.insert(e.name);
    for (const std::string* text : {&e.uscc.str(), &e.name}) maybe_known_[QuickKey(*text)] = true;
  }
}

void CandidatePool::Add(const RegistryRow& row) { Add(row, nullptr); }

void CandidatePool::Add(const RegistryRow& row, const std::function<void()>* rest) {
  ++counts_.rows;
  // From AddCells (`rest` given), the row's 登记状态 was judged open already.
  if (!rest && IsClosedStatus(row.status)) {
    ++counts_.closed;
    return;
  }
  const auto known = [&](const std::unordered_set<std::string>& set, const std::string& text) {
    return maybe_known_[QuickKey(text)] && set.count(text);
  };
  if ((!row.uscc.empty() && known(known_uscc_, row.uscc)) || known(known_names_, row.name)) {
    ++counts_.known;
    return;
  }
  if (InZoneRegion(zone_.region, row.province, row.city, row.county, row.address) == true) {
    ++counts_.local;
    return;
  }
  // Industry names only speak when there is no code: "炼钢" alone.
  std::string_view text = row.scope;
  if (row.industry_codes.empty() && !row.industry_names.empty()) {
    text_ = row.scope;
    for (const std::string& n : row.industry_names) text_.append(" ").append(n);
    text = text_;
  }
  matcher_.PlaceInto(row.industry_codes, text, links_);
  std::vector<int>& gaps = gaps_;
  gaps.clear();
  for (const LinkKey key : links_)
    if (const int g = gap_index_[key.chain][key.link]; g >= 0) gaps.push_back(g);
  if (gaps.empty()) {
    ++counts_.off_gaps;
    return;
  }
  ++counts_.on_gaps;
  if (rest) (*rest)();  // tags and 上市 now, for the firm's scale
  Firm firm;
  for (const std::string& t : row.tags)
    for (const std::string_view strong : kStrongTags)
      if (t.find(strong) != std::string::npos) ++firm.tags;
  if (!row.listed.empty()) ++firm.tags;
  firm.revenue = AmountInWan(row.revenue);
  firm.insured = row.insured.value_or(0);
  firm.capital = AmountInWan(row.capital);
  firm.row = row.row;
  const auto cmp = [](const Firm& a, const Firm& b) { return Greater(a, b); };
  for (const int g : gaps) {
    auto& heap = heaps_[static_cast<std::size_t>(g)];
    if (heap.size() >= keep_ && !Greater(firm, heap.front())) continue;
    // Only a firm that enters some top list is copied in full.
    Firm kept = firm;
    kept.name = row.name;
    kept.uscc = row.uscc;
    kept.region = row.province + row.city + row.county;
    kept.tag_list = row.tags;
    if (!row.listed.empty()) kept.tag_list.emplace_back("上市");
    if (row.revenue && row.revenue->unit == "万元")
      kept.revenue_record = Revenue{row.revenue->value / 10000, "亿元", {}, {}, Extra()};
    if (row.capital)
      kept.capital_record = Revenue{row.capital->value, row.capital->unit, {}, {}, Extra()};
    kept.insured_count = row.insured;
    heap.push_back(std::move(kept));
    std::push_heap(heap.begin(), heap.end(), cmp);
    if (heap.size() > keep_) {
      std::pop_heap(heap.begin(), heap.end(), cmp);
      heap.pop_back();
    }
  }
}

std::optional<RegistryRowProblem> CandidatePool::AddCells(const RegistryHeader& header,
                                                          const RawRow& raw) {
  const auto& status = header.column[static_cast<std::size_t>(RegistryField::kStatus)];
  if (status && *status < raw.cells.size() && IsClosedStatus(TrimCell(raw.cells[*status]))) {
    ++counts_.rows;
    ++counts_.closed;
    return std::nullopt;
  }
  ParseRegistryRowJudged(header, raw.row, raw.cells, row_);
  if (!row_.problem.empty()) return RegistryRowProblem{row_.problem_column, row_.problem};
  const std::function<void()> rest = [&] { ParseRegistryRowRest(header, raw.cells, row_); };
  Add(row_, &rest);
  return std::nullopt;
}

std::vector<Enterprise> CandidatePool::Take(const std::string& file, const std::string& date) {
  // One record per firm (by row), on every gap link it was kept for.
  std::map<std::size_t, std::pair<Firm, std::vector<LinkKey>>> firms;
  for (std::size_t g = 0; g < heaps_.size(); ++g)
    for (Firm& f : heaps_[g]) {
      auto& entry = firms[f.row];
      if (entry.second.empty()) entry.first = std::move(f);
      entry.second.push_back(gap_links_[g]);
    }
  std::vector<std::pair<Firm, std::vector<LinkKey>>> ordered;
  ordered.reserve(firms.size());
  for (auto& [row, entry] : firms) ordered.push_back(std::move(entry));
  std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return Greater(a.first, b.first); });
  std::vector<Enterprise> out;
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    Firm& f = ordered[i].first;
    const std::string source = "pool: " + file + " row " + std::to_string(f.row) +
                               (date.empty() ? "" : " (exported " + date + ")");
    char id[32];
    std::snprintf(id, sizeof id, "pool-%06zu", i + 1);
    Enterprise e;
    e.id = id;
    e.name = f.name;
    e.local = false;
    e.uscc = f.uscc;
    e.tags = f.tag_list;
    e.links = ordered[i].second;
    std::sort(e.links.begin(), e.links.end());
    e.region = f.region;
    e.revenue = f.revenue_record;
    if (e.revenue) e.revenue->source = {source};
    e.registered_capital = f.capital_record;
    if (e.registered_capital) e.registered_capital->source = {source};
    e.insured = f.insured_count;
    e.source = {source};
    out.push_back(std::move(e));
  }
  heaps_.assign(heaps_.size(), {});
  return out;
}

}  // namespace chainmap
