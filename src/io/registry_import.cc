#include "src/io/registry_import.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <tuple>

#include "src/io/number_format.h"
#include "src/io/text_rule.h"
#include "src/model/enterprise_name.h"
#include "src/model/region_match.h"

namespace chainmap {
namespace {

std::string Hash12(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(hex, 12);
}

std::string Place(const RegistryRow& row) {
  std::string out;
  for (const std::string* p : {&row.province, &row.city, &row.county})
    if (!p->empty() && out.find(*p) == std::string::npos) out += (out.empty() ? "" : "/") + *p;
  return out.empty() ? row.address : out;
}

}  // namespace

std::string_view ToString(RowDecision decision) {
  switch (decision) {
    case RowDecision::kImported:
      return "imported";
    case RowDecision::kMerged:
      return "merged";
    case RowDecision::kUnchanged:
      return "unchanged";
    case RowDecision::kSkipped:
      return "skipped";
  }
  return "?";
}

bool IsClosedStatus(std::string_view status) {
  static constexpr std::array<std::string_view, 9> kClosed = {
      "注销", "吊销", "撤销", "迁出", "停业", "清算", "歇业", "责令关闭", "除名"};
  // Every word starts with a three-byte character: at each byte, its first three bytes
  // are compared with those of the words as one number, and a word only where they match
  // (one pass over a status of every pool row, instead of a search per word).
  const auto three = [](const char* p) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
           static_cast<unsigned char>(p[2]);
  };
  for (std::size_t pos = 0; pos + 6 <= status.size(); ++pos) {
    if (static_cast<unsigned char>(status[pos]) < 0xE0) continue;
    const std::uint32_t first = three(status.data() + pos);
    for (const std::string_view word : kClosed)
      if (three(word.data()) == first && status.substr(pos, word.size()) == word) return true;
  }
  return false;
}

RegistryImporter::RegistryImporter(const Zone& zone, std::string source_file,
                                   std::string export_date)
    : zone_(zone),
      matcher_(zone),
      source_file_(std::move(source_file)),
      export_date_(std::move(export_date)) {
  for (const std::string* p : {&zone.region.province, &zone.region.city})
    if (!p->empty()) places_.push_back(*p);
  for (const std::string& c : zone.region.counties) places_.push_back(c);
  for (const Enterprise& e : zone.enterprises()) {
    std::vector<std::string> names{e.name};
    if (!e.short_name.empty()) names.push_back(e.short_name);
    names.insert(names.end(), e.former_names.begin(), e.former_names.end());
    Index(e.id, e.uscc, names, Normalised(names));
    if (!e.uscc.empty()) existing_uscc_[e.id] = e.uscc;
  }
}

std::vector<std::string> RegistryImporter::Normalised(const std::vector<std::string>& names) const {
  std::vector<std::string> out;
  out.reserve(names.size());
  for (const std::string& name : names) out.push_back(NormalizeEnterpriseName(name, places_));
  return out;
}

void RegistryImporter::Index(const std::string& id, const std::string& uscc,
                             const std::vector<std::string>& names,
                             const std::vector<std::string>& normalised) {
  if (!uscc.empty()) by_uscc_.emplace(uscc, id);
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (const std::string* key : {&names[i], &normalised[i]}) {
      auto& ids = by_name_[*key];
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
}

std::string RegistryImporter::FindExisting(const RegistryRow& row,
                                           const std::vector<std::string>& names,
                                           const std::vector<std::string>& normalised,
                                           std::string& how) const {
  if (!row.uscc.empty())
    if (const auto it = by_uscc_.find(row.uscc); it != by_uscc_.end()) {
      how = "same 统一社会信用代码";
      return it->second;
    }
  for (const bool normal : {false, true}) {
    std::vector<std::string> found;
    for (const std::string& name : normal ? normalised : names) {
      const auto it = by_name_.find(name);
      if (it == by_name_.end()) continue;
      for (const std::string& id : it->second)
        if (std::find(found.begin(), found.end(), id) == found.end()) found.push_back(id);
    }
    if (found.size() == 1) {
      how =
          normal ? "same name once 有限公司, brackets and place names are set aside" : "same name";
      return found.front();
    }
    if (found.size() > 1) {
      how = "ambiguous";
      std::string list;
      for (const std::string& id : found) list += (list.empty() ? "" : ", ") + id;
      return "?" + list;
    }
  }
  return "";
}

std::string RegistryImporter::NewId(const RegistryRow& row) const {
  std::string base = "imp-";
  if (!row.uscc.empty()) {
    for (const char c : row.uscc)
      base += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  } else {
    base += Hash12(row.name);
  }
  std::string id = base;
  for (int n = 2; zone_.FindEnterprise(id) || added_.count(id); ++n)
    id = base + "-" + std::to_string(n);
  return id;
}

void RegistryImporter::Add(const RegistryRow& row) {
  RowReport report;
  report.row = row.row;
  report.name = row.name;
  const std::string source = "import: " + source_file_ + " row " + std::to_string(row.row) +
                             (export_date_.empty() ? "" : " (exported " + export_date_ + ")");
  if (!row.invalid_uscc.empty())
    report.flag = "统一社会信用代码 '" + row.invalid_uscc + "' is invalid (" + row.uscc_problem +
                  "): kept without it";
  const auto done = [&](RowDecision decision, std::string reason) {
    report.decision = decision;
    report.reason = std::move(reason);
    rows_.push_back(std::move(report));
  };
  if (IsClosedStatus(row.status))
    return done(RowDecision::kSkipped, "登记状态 " + row.status + ": no longer operating");
  // The loader's text rule (src/io/text_rule.h): a row whose text the written zone could
  // not load with is skipped, with the character's place, instead of failing the import.
  for (const auto& [column, text, kind] :
       {std::tuple<std::string_view, const std::string*, TextKind>{"企业名称", &row.name,
                                                                   TextKind::kLine},
        {"简称", &row.short_name, TextKind::kLine},
        {"所属省份", &row.province, TextKind::kFreeText},
        {"所属城市", &row.city, TextKind::kFreeText},
        {"所属区县", &row.county, TextKind::kFreeText}})
    if (const auto problem = FindControlCharacter(*text, kind))
      return done(RowDecision::kSkipped,
                  std::string(column) + ": " + ControlCharacterMessage(*problem, kind));

  // Where it belongs: the links a row names by hand, else by code and 经营范围.
  LinkMatch match;
  if (!row.links.empty()) {
    for (const std::string& written : row.links) {
      std::optional<LinkKey> key = zone_.FindLink(written);
      for (std::size_t c = 0; !key && c < zone_.chains().size(); ++c)
        for (std::size_t l = 0; l < zone_.chains()[c].links().size(); ++l) {
          const Link& link = zone_.chains()[c].links()[l];
          if (link.id == written || link.name.zh == written) key = LinkKey{c, l};
        }
      if (!key)
        return done(RowDecision::kSkipped, "所属环节 '" + written + "' is not a link of the zone");
      if (std::find(match.links.begin(), match.links.end(), *key) == match.links.end())
        match.links.push_back(*key);
    }
    match.how = "所属环节 as written";
  } else {
    // Industry names only speak when there is no code: "炼钢" alone.
    std::string text = row.scope;
    if (row.industry_codes.empty())
      for (const std::string& n : row.industry_names) text += " " + n;
    match = matcher_.Match(row.industry_codes, text);
  }

  std::vector<std::string> names{row.name};
  names.insert(names.end(), row.former_names.begin(), row.former_names.end());
  const std::vector<std::string> normalised = Normalised(names);
  std::string how;
  std::string existing = FindExisting(row, names, normalised, how);
  if (!existing.empty() && existing[0] == '?')
    return done(RowDecision::kSkipped,
                "the name fits several enterprises (" + existing.substr(1) +
                    "): add its 统一社会信用代码 to the right one, then import again");
  if (!existing.empty() && !row.uscc.empty()) {
    const auto it = existing_uscc_.find(existing);
    if (it != existing_uscc_.end() && it->second != row.uscc)
      return done(RowDecision::kSkipped, "the name is that of " + existing +
                                             ", whose 统一社会信用代码 is " + it->second +
                                             ", not " + row.uscc + ": check which is right");
  }

  Enterprise offer;
  offer.name = row.name;
  offer.uscc = row.uscc;
  offer.short_name = row.short_name;
  offer.links = match.links;
  offer.former_names = row.former_names;
  offer.tags = row.tags;
  if (!row.listed.empty() &&
      std::find(offer.tags.begin(), offer.tags.end(), "上市") == offer.tags.end())
    offer.tags.emplace_back("上市");
  offer.insured = row.insured;
  if (row.capital)
    offer.registered_capital =
        Revenue{row.capital->value, row.capital->unit, {}, {source}, Extra()};
  if (row.revenue) {
    // Revenue is kept in 亿元 where the currency is 元.
    const bool yuan = row.revenue->unit == "万元";
    offer.revenue = Revenue{yuan ? row.revenue->value / 10000 : row.revenue->value,
                            yuan ? "亿元" : row.revenue->unit,
                            {},
                            {source},
                            Extra()};
  }
  offer.region = Place(row);

  if (!existing.empty()) {
    // Merge: fields the enterprise lacks, and links it is not on yet.
    const auto added = added_.find(existing);
    const Enterprise& current =
        added != added_.end() ? edits_[added->second].enterprise : *zone_.FindEnterprise(existing);
    ZoneEdit edit;
    edit.kind = EditKind::kMergeFields;
    edit.target = existing;
    edit.source = source;
    edit.enterprise = offer;
    edit.enterprise.name.clear();
    std::vector<LinkKey> new_links;
    for (const LinkKey key : match.links)
      if (std::find(current.links.begin(), current.links.end(), key) == current.links.end())
        new_links.push_back(key);
    edit.enterprise.links = new_links;
    // Offer only what is empty in the record, so that the dry run says what changes.
    Enterprise& o = edit.enterprise;
    if (!current.uscc.empty()) o.uscc.clear();
    if (!current.short_name.empty()) o.short_name.clear();
    if (!current.region.empty()) o.region.clear();
    if (current.revenue) o.revenue.reset();
    if (current.registered_capital) o.registered_capital.reset();
    if (current.insured) o.insured.reset();
    std::erase_if(o.tags, [&](const std::string& t) {
      return std::find(current.tags.begin(), current.tags.end(), t) != current.tags.end();
    });
    erase_if(o.former_names, [&](const std::string& t) {
      return std::find(current.former_names.begin(), current.former_names.end(), t) !=
             current.former_names.end();
    });
    report.enterprise = existing;
    report.links = new_links;
    const bool changes = !o.uscc.empty() || !o.short_name.empty() || !o.region.empty() ||
                         o.revenue || o.registered_capital || o.insured || !o.tags.empty() ||
                         !o.former_names.empty() || !o.links.empty();
    std::string reason = how + " as " + existing;
    if (match.links.empty()) reason += "; " + match.how;
    if (!changes) return done(RowDecision::kUnchanged, reason + "; nothing new");
    if (added != added_.end()) {
      // A duplicate row of this file: fold into the pending new record.
      Enterprise& pending = edits_[added->second].enterprise;
      MergeEnterpriseFields(pending, o);
      if (!o.uscc.empty()) by_uscc_.emplace(o.uscc, existing);
      pending.source.push_back(source);
      return done(RowDecision::kMerged, reason + " (an earlier row of this file)");
    }
    edits_.push_back(std::move(edit));
    if (!offer.uscc.empty()) by_uscc_.emplace(offer.uscc, existing);
    return done(RowDecision::kMerged, reason);
  }

  if (match.links.empty()) return done(RowDecision::kSkipped, "not placed: " + match.how);
  const std::optional<bool> local =
      row.local ? row.local
                : InZoneRegion(zone_.region, row.province, row.city, row.county, row.address);
  ZoneEdit edit;
  edit.kind = EditKind::kAddEnterprise;
  edit.source = source;
  edit.enterprise = std::move(offer);
  edit.enterprise.id = NewId(row);
  edit.enterprise.local = local.value_or(false);
  if (!row.invalid_uscc.empty())
    edit.enterprise.note = "导入时统一社会信用代码 " + row.invalid_uscc + " 校验不通过，未录入";
  edit.target = edit.enterprise.id;
  report.enterprise = edit.enterprise.id;
  report.links = match.links;
  std::string where = row.local ? (*row.local ? "local (本地 = 是)" : "external (本地 = 否)")
                      : !local  ? "external: the export does not say where it is"
                      : *local  ? "local (" + Place(row) + ")"
                                : "external (" + Place(row) + ")";
  added_[edit.enterprise.id] = edits_.size();
  Index(edit.enterprise.id, row.uscc, names, normalised);
  edits_.push_back(std::move(edit));
  done(RowDecision::kImported, where + "; " + match.how);
}

}  // namespace chainmap
