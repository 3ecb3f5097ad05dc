#include "src/io/enterprise_csv_import.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "src/io/record_reader.h"
#include "src/io/suggest.h"
#include "src/io/table.h"
#include "src/io/text_rule.h"

namespace chainmap {
namespace {

std::string Digits(const std::string& code) {
  return !code.empty() && std::isalpha(static_cast<unsigned char>(code[0])) ? code.substr(1) : code;
}

char Section(const std::string& code) {
  return !code.empty() && std::isalpha(static_cast<unsigned char>(code[0])) ? code[0] : '\0';
}

/// The links a row attaches to, or the reason it cannot attach.
struct Attachment {
  std::vector<LinkKey> links;
  std::string problem;
};

std::vector<LinkKey> AllLinks(const Zone& zone) {
  std::vector<LinkKey> keys;
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    for (std::size_t l = 0; l < zone.chains()[c].links().size(); ++l) keys.push_back({c, l});
  return keys;
}

Attachment ResolveLinks(const Zone& zone, const EnterpriseCsvRow& row) {
  Attachment out;
  const auto add = [&](LinkKey key) {
    if (std::find(out.links.begin(), out.links.end(), key) == out.links.end())
      out.links.push_back(key);
  };
  if (!row.links.empty()) {
    for (const std::string& written : row.links) {
      if (const auto key = zone.FindLink(written)) {
        add(*key);
        continue;
      }
      // A bare link id or the link's Chinese name, if only one link has it.
      std::vector<LinkKey> matches;
      std::vector<std::string> known;
      for (const LinkKey key : AllLinks(zone)) {
        known.push_back(zone.QualifiedId(key));
        if (zone.link(key).id == written || zone.link(key).name.zh == written)
          matches.push_back(key);
      }
      if (matches.size() == 1) {
        add(matches.front());
        continue;
      }
      if (matches.empty()) {
        out.problem =
            "所属环节 '" + written + "' is not a link of the zone" + DidYouMean(written, known);
      } else {
        out.problem = "所属环节 '" + written + "' is ambiguous: it could be ";
        for (std::size_t i = 0; i < matches.size(); ++i)
          out.problem += (i ? " or " : "") + zone.QualifiedId(matches[i]);
        out.problem += "; write chain/link";
      }
      return out;
    }
    return out;
  }
  if (row.industry_codes.empty()) {
    out.problem = "neither 所属环节 nor 行业代码 is given: the row cannot be attached to a link";
    return out;
  }
  for (const std::string& code : row.industry_codes) {
    std::size_t best = 0;
    std::vector<LinkKey> best_links;
    for (const LinkKey key : AllLinks(zone)) {
      for (const std::string& link_code : zone.link(key).industry_codes) {
        if (!IndustryCodeCovers(link_code, code)) continue;
        const std::size_t length = Digits(link_code).size();
        if (length > best) best_links.clear();
        if (length >= best) {
          best = length;
          if (std::find(best_links.begin(), best_links.end(), key) == best_links.end())
            best_links.push_back(key);
        }
      }
    }
    for (const LinkKey key : best_links) add(key);
  }
  if (out.links.empty()) {
    std::string codes;
    for (const std::string& code : row.industry_codes) codes += (codes.empty() ? "" : ", ") + code;
    out.problem = "行业代码 " + codes +
                  " matches no link's industry_codes and 所属环节 is empty; name the link "
                  "in 所属环节";
  }
  return out;
}

template <typename T>
bool AddMissing(std::vector<T>& to, const std::vector<T>& items) {
  bool changed = false;
  for (const T& item : items)
    if (std::find(to.begin(), to.end(), item) == to.end()) {
      to.push_back(item);
      changed = true;
    }
  return changed;
}

std::string FormatAmount(const Revenue& revenue) {
  return FormatNumber(revenue.value) + " " + revenue.unit;
}

std::string UniqueId(const Zone& zone, const std::string& base) {
  std::string id = base;
  for (int n = 2; zone.FindEnterprise(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

}  // namespace

bool IndustryCodeCovers(const std::string& link_code, const std::string& enterprise_code) {
  const std::string link_digits = Digits(link_code);
  const std::string digits = Digits(enterprise_code);
  if (link_digits.empty() || digits.compare(0, link_digits.size(), link_digits) != 0) return false;
  const char a = Section(link_code), b = Section(enterprise_code);
  return a == '\0' || b == '\0' || a == b;
}

std::string ImportedEnterpriseId(const std::string& uscc, const std::string& name) {
  std::string id = "imp-";
  if (!uscc.empty()) {
    for (const char c : uscc) id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return id;
  }
  // An ASCII name becomes a slug ("ACME Gears Ltd." → imp-acme-gears-ltd), cut to
  // kMaxSlug characters; any other a hash of the name (FNV-1a, 64 bits), the same on every
  // machine. UniqueId may add "-2", "-3"…: the id stays far under the format's limit.
  constexpr std::size_t kMaxSlug = 60;
  static_assert(4 + kMaxSlug + 12 < kMaxIdLength);
  std::string slug;
  bool ascii = true;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) ascii = false;
    if (std::isalnum(u))
      slug += static_cast<char>(std::tolower(u));
    else if (!slug.empty() && slug.back() != '-')
      slug += '-';
  }
  if (slug.size() > kMaxSlug) slug.resize(kMaxSlug);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (ascii && !slug.empty()) return id + slug;
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : name) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return id + std::string(hex, 12);
}

ImportReport ImportEnterprises(Zone& zone, const EnterpriseCsv& csv,
                               const std::string& source_name) {
  ImportReport report;
  report.rejected = csv.rejected;
  for (const EnterpriseCsvRow& row : csv.rows) {
    const std::string where = csv.file + ":" + std::to_string(row.row);
    const auto reject = [&](const std::string& reason) {
      report.rejected.push_back({Severity::kError, where, {}, "", reason});
    };
    const auto note = [&](const std::string& message) {
      report.notes.push_back({Severity::kNote, where, {}, "", message});
    };
    // The loader's text rule (src/io/text_rule.h), so that no import writes a zone that
    // does not load: a cell with a control character rejects its row.
    std::string bad_text;
    for (const auto& [column, text] :
         {std::pair<std::string, const std::string*>{"企业名称", &row.name},
          std::pair<std::string, const std::string*>{"所在地区", &row.region}})
      if (const auto problem = FindControlCharacter(*text, TextKind::kLine);
          problem && bad_text.empty())
        bad_text = column + ": " + ControlCharacterMessage(*problem, TextKind::kLine);
    for (const std::string& tag : row.tags)
      if (const auto problem = FindControlCharacter(tag, TextKind::kLine);
          problem && bad_text.empty())
        bad_text = "标签: " + ControlCharacterMessage(*problem, TextKind::kLine);
    if (!bad_text.empty()) {
      reject(bad_text);
      continue;
    }
    const Attachment attachment = ResolveLinks(zone, row);
    if (!attachment.problem.empty()) {
      reject(attachment.problem);
      continue;
    }
    std::optional<std::size_t> match;
    for (std::size_t i = 0; i < zone.enterprises().size() && !row.uscc.empty() && !match; ++i)
      if (zone.enterprises()[i].uscc == row.uscc) match = i;
    for (std::size_t i = 0; i < zone.enterprises().size() && !match; ++i)
      if (zone.enterprises()[i].name == row.name) match = i;
    if (match && !row.uscc.empty() && !zone.enterprises()[*match].uscc.empty() &&
        zone.enterprises()[*match].uscc != row.uscc) {
      const Enterprise& e = zone.enterprises()[*match];
      reject("企业名称 '" + row.name + "' is enterprise '" + e.id + "' whose 统一社会信用代码 is " +
             e.uscc + ", not " + row.uscc);
      continue;
    }
    const std::string source = "import: " + source_name + " row " + std::to_string(row.row);
    std::optional<Revenue> revenue;
    if (row.revenue) revenue = Revenue{*row.revenue, "亿元", std::nullopt, {source}, {}};

    if (!match) {
      Enterprise e;
      e.id = UniqueId(zone, ImportedEnterpriseId(row.uscc, row.name));
      e.name = row.name;
      e.local = row.local.value_or(true);
      e.uscc = row.uscc;
      e.tags = row.tags;
      e.links = attachment.links;
      e.revenue = revenue;
      e.region = row.region;
      e.source = {source};
      zone.AddEnterprise(std::move(e));
      ++report.imported;
      continue;
    }
    Enterprise& e = zone.enterprise(*match);
    bool changed = AddMissing(e.links, attachment.links);
    changed |= AddMissing(e.tags, row.tags);
    if (e.uscc.empty() && !row.uscc.empty()) {
      e.uscc = row.uscc;
      changed = true;
    }
    if (!row.region.empty() && e.region != row.region) {
      if (e.region.empty()) {
        e.region = row.region;
        changed = true;
      } else {
        note("kept 所在地区 '" + e.region + "' of '" + e.id + "' (the file says '" + row.region +
             "')");
      }
    }
    if (revenue && !e.revenue) {
      e.revenue = revenue;
      changed = true;
    } else if (revenue && (e.revenue->value != revenue->value || e.revenue->unit != "亿元")) {
      note("kept 营业收入 " + FormatAmount(*e.revenue) + " of '" + e.id + "' (the file says " +
           FormatAmount(*revenue) + ")");
    }
    if (row.local && *row.local != e.local)
      note(std::string("kept '") + e.id + "' as " + (e.local ? "local" : "a candidate") +
           " (the file says " + (*row.local ? "local" : "not local") + ")");
    if (changed) changed |= AddMissing(e.source, {source});
    ++(changed ? report.merged : report.unchanged);
  }
  // Rows rejected while reading and while matching, back in row order ("f:9" < "f:10").
  std::stable_sort(
      report.rejected.begin(), report.rejected.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.file.size() != b.file.size() ? a.file.size() < b.file.size() : a.file < b.file;
      });
  return report;
}

}  // namespace chainmap
