#include "src/extract/zone_match.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "src/extract/summary_text.h"

namespace chainmap {
namespace {

bool SameName(const std::string& a, const std::string& b) {
  if (a == b) return true;
  constexpr std::size_t kMin = std::size_t{4} * 3;  // four Chinese characters
  if (a.size() < kMin || b.size() < kMin) return false;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

std::optional<std::size_t> FindEnterprise(const Zone& zone, const ProjectProposal& p) {
  std::optional<std::size_t> best;
  std::size_t best_len = 0;
  const std::string name = NameKey(p.name), named = NameKey(p.enterprise);
  for (std::size_t e = 0; e < zone.enterprises().size(); ++e) {
    const Enterprise& ent = zone.enterprises()[e];
    for (const std::string& n : {ent.name, ent.short_name.str()}) {
      const std::string key = NameKey(n);
      if (key.size() < 6) continue;
      const bool hit = name.find(key) != std::string::npos ||
                       (!named.empty() && (named.find(key) != std::string::npos ||
                                           key.find(named) != std::string::npos));
      if (hit && key.size() > best_len) {
        best = e;
        best_len = key.size();
      }
    }
  }
  return best;
}

std::vector<std::string> LikelyLinks(const Zone& zone, const std::string& name) {
  const auto pieces = Bigrams(name);
  const std::set<std::u32string> have(pieces.begin(), pieces.end());
  struct Scored {
    double score;
    std::string id;
  };
  std::vector<Scored> scored;
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      const auto link_pieces = Bigrams(chain.links()[l].name.zh);
      if (link_pieces.empty()) continue;
      std::size_t shared = 0;
      for (const auto& b : link_pieces) shared += have.count(b);
      const double score = static_cast<double>(shared) / static_cast<double>(link_pieces.size());
      if (score >= 0.5 && shared >= 1) scored.push_back({score, zone.QualifiedId({c, l})});
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < 2; ++i) out.push_back(scored[i].id);
  return out;
}

}  // namespace

std::vector<std::u32string> Bigrams(std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::u32string letters;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    if (u_isalpha(c)) letters += static_cast<char32_t>(u_tolower(c));
  }
  std::vector<std::u32string> out;
  for (std::size_t i = 0; i + 1 < letters.size(); ++i) out.push_back(letters.substr(i, 2));
  return out;
}

void MatchZone(const Zone& zone, Extraction& extraction) {
  for (ProjectProposal& p : extraction.projects) {
    // A reviewed proposal may name its zone project, enterprise and links already.
    const Project* known = p.zone_project.empty() ? nullptr : zone.FindProject(p.zone_project);
    const std::string key = NameKey(p.name);
    if (!known)
      for (const Project& z : zone.projects())
        if (SameName(NameKey(z.name), key)) known = &z;
    if (p.enterprise_id.empty())
      if (const auto e = FindEnterprise(zone, p)) p.enterprise_id = zone.enterprises()[*e].id;
    const bool links_given = !p.links.empty();
    if (known) {
      p.zone_project = known->id;
      if (!links_given)
        for (LinkKey link : known->links) p.links.push_back(zone.QualifiedId(link));
      if (p.stage && *p.stage > known->stage) {
        extraction.stage_changes.push_back(
            {known->id, known->name, known->stage, *p.stage, p.target, p.confidence, p.source});
      }
      continue;
    }
    if (links_given) continue;
    p.links = LikelyLinks(zone, p.name);
    if (p.links.empty() && !p.enterprise_id.empty()) {
      const Enterprise* e = zone.FindEnterprise(p.enterprise_id);
      for (std::size_t i = 0; e && i < e->links.size() && i < 2; ++i)
        p.links.push_back(zone.QualifiedId(e->links[i]));
    }
  }
}

}  // namespace chainmap
