#include "src/model/link_matcher.h"

#include <algorithm>

namespace chainmap {
namespace {

std::string_view Digits(std::string_view code) {
  return !code.empty() && code[0] >= 'A' && code[0] <= 'Z' ? code.substr(1) : code;
}

/// The first UTF-8 character of `text` at `pos` packed into an integer, and its length.
std::pair<std::uint32_t, std::size_t> CharAt(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  const std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < n && pos + i < text.size(); ++i)
    key = (key << 8) | static_cast<unsigned char>(text[pos + i]);
  return {key, n};
}

std::string List(const Zone& zone, const std::vector<LinkKey>& links) {
  std::string out;
  for (const LinkKey key : links) out += (out.empty() ? "" : ", ") + zone.QualifiedId(key);
  return out;
}

}  // namespace

bool LinkMatcher::Covers(std::string_view link_code, std::string_view code) {
  const std::string_view a = Digits(link_code), b = Digits(code);
  if (a.empty() || b.substr(0, a.size()) != a) return false;
  const bool sa = a.size() < link_code.size(), sb = b.size() < code.size();
  return !sa || !sb || link_code[0] == code[0];
}

LinkMatcher::LinkMatcher(const Zone& zone) : zone_(zone), first_chars_(1 << 16, false) {
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    for (std::size_t l = 0; l < zone.chains()[c].links().size(); ++l) {
      const Link& link = zone.chains()[c].links()[l];
      for (const std::string& code : link.industry_codes) {
        const std::string_view digits = Digits(code);
        by_digits_[std::string(digits)].push_back(
            {digits.size() < code.size() ? code[0] : '\0', code, LinkKey{c, l}});
      }
      for (const std::string& word : link.keywords) {
        if (word.empty()) continue;
        const std::uint32_t first = CharAt(word, 0).first;
        keywords_[first].push_back({word, LinkKey{c, l}});
        first_chars_[first & 0xFFFF] = true;
      }
    }
}

std::vector<std::pair<LinkKey, std::vector<const std::string*>>> LinkMatcher::KeywordHits(
    std::string_view text, const std::vector<LinkKey>& candidates) const {
  // Every keyword occurrence as (begin, end, keyword); one inside a longer occurrence
  // ("减速器" in "谐波减速器") does not count on its own.
  struct Occurrence {
    std::size_t begin, end;
    const Keyword* keyword;
  };
  std::vector<Occurrence> found;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto [key, length] = CharAt(text, pos);
    if (first_chars_[key & 0xFFFF])
      if (const auto it = keywords_.find(key); it != keywords_.end())
        for (const Keyword& k : it->second)
          if (text.compare(pos, k.text.size(), k.text) == 0 &&
              (candidates.empty() ||
               std::find(candidates.begin(), candidates.end(), k.link) != candidates.end()))
            found.push_back({pos, pos + k.text.size(), &k});
    pos += length;
  }
  std::vector<std::pair<LinkKey, std::vector<const std::string*>>> hits;
  for (const Occurrence& o : found) {
    const bool inside = std::any_of(found.begin(), found.end(), [&](const Occurrence& other) {
      return other.begin <= o.begin && o.end <= other.end &&
             other.end - other.begin > o.end - o.begin;
    });
    if (inside) continue;
    auto at = std::find_if(hits.begin(), hits.end(),
                           [&](const auto& h) { return h.first == o.keyword->link; });
    if (at == hits.end()) at = hits.insert(hits.end(), {o.keyword->link, {}});
    if (std::none_of(at->second.begin(), at->second.end(),
                     [&](const std::string* w) { return *w == o.keyword->text; }))
      at->second.push_back(&o.keyword->text);
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

LinkMatch LinkMatcher::Match(const std::vector<std::string>& codes, std::string_view text) const {
  LinkMatch out;
  out.links = Decide(codes, text, &out.how);
  return out;
}

std::vector<LinkKey> LinkMatcher::Place(const std::vector<std::string>& codes,
                                        std::string_view text) const {
  return Decide(codes, text, nullptr);
}

std::vector<LinkKey> LinkMatcher::Decide(const std::vector<std::string>& codes,
                                         std::string_view text, std::string* how) const {
  std::vector<LinkKey> links;
  for (const std::string& code : codes) {
    // The longest prefix of the code's digits that some link lists, in a compatible section.
    const std::string_view digits = Digits(code);
    const char section = digits.size() < code.size() ? code[0] : '\0';
    std::vector<LinkKey> tied;
    const std::string* best_code = nullptr;
    for (std::size_t length = digits.size(); length >= 2 && tied.empty(); --length) {
      const auto it = by_digits_.find(std::string(digits.substr(0, length)));
      if (it == by_digits_.end()) continue;
      for (const CodedLink& c : it->second)
        if ((!c.section || !section || c.section == section) &&
            std::find(tied.begin(), tied.end(), c.link) == tied.end()) {
          tied.push_back(c.link);
          best_code = &c.code;
        }
    }
    if (tied.empty()) continue;
    std::sort(tied.begin(), tied.end());
    if (tied.size() == 1) {
      if (how) *how = "行业 " + code + " = " + zone_.QualifiedId(tied[0]) + " (" + *best_code + ")";
      return tied;
    }
    const auto hits = KeywordHits(text, tied);
    if (hits.empty()) {
      if (how)
        *how = "行业 " + code + " fits " + std::to_string(tied.size()) + " links equally (" +
               List(zone_, tied) + ") and 经营范围 names none of their keywords";
      return links;
    }
    if (how)
      *how = "行业 " + code + " fits " + std::to_string(tied.size()) + " links; 经营范围 names";
    for (const auto& [key, words] : hits) {
      links.push_back(key);
      if (how) *how += " '" + *words.front() + "' (" + zone_.QualifiedId(key) + ")";
    }
    return links;
  }
  const auto hits = KeywordHits(text, {});
  std::size_t most = 0;
  for (const auto& h : hits) most = std::max(most, h.second.size());
  for (const auto& [key, words] : hits)
    if (words.size() == most) {
      links.push_back(key);
      if (how)
        *how += std::string(how->empty() ? "经营范围 names" : ",") + " '" + *words.front() + "' (" +
                zone_.QualifiedId(key) + ")";
    }
  if (links.empty() && how) {
    std::string list;
    for (const std::string& c : codes) list += (list.empty() ? "" : ", ") + c;
    *how = (codes.empty() ? std::string("no 行业 code") : "行业 " + list + " is on no link") +
           " and 经营范围 names no link's keywords";
  }
  return links;
}

}  // namespace chainmap
