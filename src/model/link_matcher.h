#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/model/zone.h"

namespace chainmap {

/// Where a registry firm belongs in a zone's chains, and why.
struct LinkMatch {
  std::vector<LinkKey> links;  ///< Empty when no link fits.
  std::string how;             ///< "行业 C3120 = steel/steelmaking" or why none fits.
};

/// Places a firm on links by its GB/T 4754-2017 codes and its 经营范围 (rules in
/// docs/import.md): the links listing the most specific code that covers the firm's;
/// several links tied on one code keep only those whose keywords the 经营范围 names; with
/// no code match, the links whose keywords the 经营范围 names most often. One tied code
/// never spreads a firm over several links. Built once per zone; Match is linear in the
/// length of the text.
class LinkMatcher {
 public:
  explicit LinkMatcher(const Zone& zone);

  /// `codes` most specific first ("C3120"); `text` the 经营范围 and industry names.
  LinkMatch Match(const std::vector<std::string>& codes, std::string_view text) const;

  /// The links of Match without the sentence saying why: for a pool of millions of rows,
  /// where nobody reads it.
  std::vector<LinkKey> Place(const std::vector<std::string>& codes, std::string_view text) const;
  /// The same into `links`, reusing this matcher's working vectors and `links`' storage:
  /// no allocation per row once they have grown. Not for concurrent use.
  void PlaceInto(const std::vector<std::string>& codes, std::string_view text,
                 std::vector<LinkKey>& links);

  /// Whether GB/T code `link_code` covers `code`: a prefix of its digits, same section.
  static bool Covers(std::string_view link_code, std::string_view code);

 private:
  struct Keyword {
    std::string text;
    LinkKey link;
  };
  /// A keyword found in the text: where, and which.
  struct Occurrence {
    std::size_t begin, end;
    const Keyword* keyword;
  };
  /// The keywords one link's hits, counted once each: the first found, and how many.
  struct Hit {
    LinkKey link;
    const std::string* first;
    std::size_t words;
  };
  /// Working vectors of Decide, kept between rows by PlaceInto.
  struct Scratch {
    std::vector<Occurrence> found;
    std::vector<Hit> hits;
    std::vector<LinkKey> tied;
  };
  /// Keyword hits per link among `candidates` (all links when empty), by link, into
  /// `scratch.hits`.
  void KeywordHits(std::string_view text, const std::vector<LinkKey>& candidates,
                   Scratch& scratch) const;
  /// Match's decision into `links`; the sentence goes to `how` unless it is null.
  void Decide(const std::vector<std::string>& codes, std::string_view text, std::string* how,
              Scratch& scratch, std::vector<LinkKey>& links) const;

  struct CodedLink {
    char section;  ///< '\0' when the link's code has none.
    std::string code;
    LinkKey link;
  };
  const Zone& zone_;
  /// Links by the digits of their codes ("3120" → the links listing C3120).
  std::unordered_map<std::string, std::vector<CodedLink>> by_digits_;
  std::unordered_map<std::uint32_t, std::vector<Keyword>> keywords_;  ///< By first character.
  std::vector<bool> first_chars_;  ///< Low 16 bits of keyword first characters, a quick filter.
  Scratch scratch_;                ///< PlaceInto's working vectors.
};

}  // namespace chainmap
