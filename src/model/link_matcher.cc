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

void LinkMatcher::KeywordHits(std::string_view text, const std::vector<LinkKey>& candidates,
                              Scratch& scratch) const {
  // Every keyword occurrence as (begin, end, keyword); one inside a longer occurrence
  // ("减速器" in "谐波减速器") does not count on its own.
  std::vector<Occurrence>& found = scratch.found;
  found.clear();
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
  std::vector<Hit>& hits = scratch.hits;
  hits.clear();
  const auto counts = [&](std::size_t i) {
    const Occurrence& o = found[i];
    return std::none_of(found.begin(), found.end(), [&](const Occurrence& other) {
      return other.begin <= o.begin && o.end <= other.end &&
             other.end - other.begin > o.end - o.begin;
    });
  };
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Occurrence& o = found[i];
    if (!counts(i)) continue;
    const auto at = std::find_if(hits.begin(), hits.end(),
                                 [&](const Hit& h) { return h.link == o.keyword->link; });
    if (at == hits.end()) {
      hits.push_back({o.keyword->link, &o.keyword->text, 1});
      continue;
    }
    // A new word of the link unless an earlier counted occurrence of it had the same text.
    bool seen = false;
    for (std::size_t j = 0; j < i && !seen; ++j)
      seen = found[j].keyword->link == o.keyword->link &&
             found[j].keyword->text == o.keyword->text && counts(j);
    if (!seen) ++at->words;
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.link < b.link; });
}

LinkMatch LinkMatcher::Match(const std::vector<std::string>& codes, std::string_view text) const {
  LinkMatch out;
  Scratch scratch;
  Decide(codes, text, &out.how, scratch, out.links);
  return out;
}

std::vector<LinkKey> LinkMatcher::Place(const std::vector<std::string>& codes,
                                        std::string_view text) const {
  std::vector<LinkKey> links;
  Scratch scratch;
  Decide(codes, text, nullptr, scratch, links);
  return links;
}

void LinkMatcher::PlaceInto(const std::vector<std::string>& codes, std::string_view text,
                            std::vector<LinkKey>& links) {
  Decide(codes, text, nullptr, scratch_, links);
}

void LinkMatcher::Decide(const std::vector<std::string>& codes, std::string_view text,
                         std::string* how, Scratch& scratch, std::vector<LinkKey>& links) const {
  links.clear();
  for (const std::string& code : codes) {
    // The longest prefix of the code's digits that some link lists, in a compatible section.
    const std::string_view digits = Digits(code);
    const char section = digits.size() < code.size() ? code[0] : '\0';
    std::vector<LinkKey>& tied = scratch.tied;
    tied.clear();
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
      links.push_back(tied[0]);
      return;
    }
    KeywordHits(text, tied, scratch);
    const std::vector<Hit>& hits = scratch.hits;
    if (hits.empty()) {
      if (how)
        *how = "行业 " + code + " fits " + std::to_string(tied.size()) + " links equally (" +
               List(zone_, tied) + ") and 经营范围 names none of their keywords";
      return;
    }
    if (how)
      *how = "行业 " + code + " fits " + std::to_string(tied.size()) + " links; 经营范围 names";
    for (const Hit& h : hits) {
      links.push_back(h.link);
      if (how) *how += " '" + *h.first + "' (" + zone_.QualifiedId(h.link) + ")";
    }
    return;
  }
  static const std::vector<LinkKey> kAllLinks;
  KeywordHits(text, kAllLinks, scratch);
  const std::vector<Hit>& hits = scratch.hits;
  std::size_t most = 0;
  for (const Hit& h : hits) most = std::max(most, h.words);
  for (const Hit& h : hits)
    if (h.words == most) {
      links.push_back(h.link);
      if (how)
        *how += std::string(how->empty() ? "经营范围 names" : ",") + " '" + *h.first + "' (" +
                zone_.QualifiedId(h.link) + ")";
    }
  if (links.empty() && how) {
    std::string list;
    for (const std::string& c : codes) list += (list.empty() ? "" : ", ") + c;
    *how = (codes.empty() ? std::string("no 行业 code") : "行业 " + list + " is on no link") +
           " and 经营范围 names no link's keywords";
  }
}

}  // namespace chainmap
