#include "render/map_style.h"

#include "render/html_text.h"

namespace chainmap {

namespace {

StatusStyle Shape(std::optional<LinkStatus> status) {
  if (!status) return {"#F0F2F4", "#7B8794", "rounded,filled", 1, 1.2, {}, {}};
  switch (*status) {
    case LinkStatus::kStrong:
      return {"#D4E6F5", "#0072B2", "rounded,filled,bold", 2, 1.6, {}, {}};
    case LinkStatus::kWeak:
      return {"#FCEFD2", "#C98500", "rounded,filled", 1, 1.6, {}, {}};
    case LinkStatus::kFilling:
      return {"#D5F0E6", "#007A5A", "rounded,filled,dotted", 1, 2.2, {}, {}};
    case LinkStatus::kMissing:
      return {"#FFFFFF", "#D55E00", "rounded,filled,dashed", 1, 2.0, {}, {}};
  }
  return {};
}

/// The number of code points of UTF-8 `text`.
std::size_t Chars(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

StatusStyle StyleFor(std::optional<LinkStatus> status, Language language) {
  StatusStyle style = Shape(status);
  const Wording& w = WordingFor(language);
  const std::size_t k = status ? static_cast<std::size_t>(*status) : 4;
  style.badge = w.status_badge[k];
  style.meaning = w.status_meaning[k];
  return style;
}

double BadgeTextWidth(std::string_view badge, int points) {
  double width = 0;
  for (std::size_t i = 0; i < badge.size(); ++i) {
    const auto c = static_cast<unsigned char>(badge[i]);
    if ((c & 0xC0) == 0x80) continue;
    width += c >= 0xE0 ? points : 0.6 * points;
  }
  return width;
}

TextStyle TextStyleFor(SceneNodeKind kind, SceneTextRole role, bool context) {
  if (context) return {11, kMutedColour, false};
  switch (role) {
    case SceneTextRole::kTitle:
      if (kind == SceneNodeKind::kCard) return {15, kTextColour, true};
      if (kind == SceneNodeKind::kSmallLink) return {10, kTextColour, false};
      return {13, kTextColour, true};
    case SceneTextRole::kLeader:
      return {10, kTextColour, true};
    case SceneTextRole::kMuted:
      return {kind == SceneNodeKind::kCard ? 9 : 10, kMutedColour, false};
    case SceneTextRole::kTargetsHeading:
      return {9, StyleFor(LinkStatus::kMissing).border, true};
    case SceneTextRole::kChange:
      return {10, kChangeColour, true};
    case SceneTextRole::kEnterprise:
    case SceneTextRole::kProject:
    case SceneTextRole::kTarget:
      break;
  }
  return {10, kTextColour, false};
}

TextStyle BadgeTextStyle(std::optional<LinkStatus> status) {
  return {9, StyleFor(status).border, false};
}

std::vector<SceneLegendEntry> Legend(bool with_unknown, Language language) {
  std::vector<SceneLegendEntry> legend;
  std::vector<std::optional<LinkStatus>> statuses{LinkStatus::kStrong, LinkStatus::kWeak,
                                                  LinkStatus::kFilling, LinkStatus::kMissing};
  if (with_unknown) statuses.push_back(std::nullopt);
  for (const auto& status : statuses) {
    const StatusStyle s = StyleFor(status, language);
    legend.push_back({status, std::string(s.badge), std::string(s.meaning)});
  }
  return legend;
}

std::vector<std::string> SourcesNote(const std::vector<std::string>& sources, std::size_t max,
                                     std::size_t width, Language language) {
  const Wording& w = WordingFor(language);
  std::vector<std::string> lines{std::string(w.sources_label)};
  if (sources.empty()) return {lines.front() + std::string(w.sources_none)};
  // Each piece goes on the current line if it fits, else starts the next: a citation is
  // one piece, or, when longer than a line, its title and each of its sections.
  const auto put = [&](const std::string& piece, std::string_view glue) {
    std::string& line = lines.back();
    const bool first = lines.size() == 1 && line == w.sources_label;
    if (!first && Chars(line) + Chars(glue) + Chars(piece) > width) {
      lines.back() += glue.substr(0, glue.find_last_not_of(' ') + 1);
      lines.push_back(piece);
    } else {
      line += (first ? "" : std::string(glue)) + piece;
    }
  };
  for (std::size_t i = 0; i < sources.size() && i < max; ++i) {
    const std::string& source = sources[i];
    const std::string_view glue = i ? w.sources_separator : std::string_view();
    if (Chars(source) + Chars(w.sources_label) <= width) {
      put(source, glue);
      continue;
    }
    // "《title》（date） s1、s2、…": the title with its date, then the sections.
    const std::size_t space = source.rfind(' ', source.find(w.section_separator));
    if (space == std::string::npos) {
      put(source, glue);
      continue;
    }
    put(source.substr(0, space), glue);
    std::string_view rest = std::string_view(source).substr(space + 1);
    std::string_view section_glue = " ";
    while (!rest.empty()) {
      const std::size_t end = rest.find(w.section_separator);
      put(std::string(rest.substr(0, end)), section_glue);
      section_glue = w.section_separator;
      rest = end == std::string_view::npos ? std::string_view()
                                           : rest.substr(end + w.section_separator.size());
    }
  }
  if (sources.size() > max) lines.back() += Fill(w.sources_more, {std::to_string(sources.size())});
  return lines;
}

}  // namespace chainmap
