#include "render/map_style.h"

#include "render/html_text.h"

namespace chainmap {

StatusStyle StyleFor(std::optional<LinkStatus> status) {
  if (!status) return {"#F0F2F4", "#7B8794", "rounded,filled", 1, 1.2, "未评", "未评估"};
  switch (*status) {
    case LinkStatus::kStrong:
      return {"#D4E6F5", "#0072B2", "rounded,filled,bold", 2, 1.6, "强", "有链主或多家规上企业"};
    case LinkStatus::kWeak:
      return {"#FCEFD2", "#C98500", "rounded,filled", 1, 1.6, "弱", "有本地企业，未成规模"};
    case LinkStatus::kFilling:
      return {"#D5F0E6", "#007A5A", "rounded,filled,dotted", 1, 2.2, "在补", "已有签约或在建项目"};
    case LinkStatus::kMissing:
      return {"#FFFFFF", "#D55E00", "rounded,filled,dashed", 1, 2.0, "缺", "尚无本地企业或项目"};
  }
  return {};
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

std::vector<SceneLegendEntry> Legend(bool with_unknown) {
  std::vector<SceneLegendEntry> legend;
  std::vector<std::optional<LinkStatus>> statuses{LinkStatus::kStrong, LinkStatus::kWeak,
                                                  LinkStatus::kFilling, LinkStatus::kMissing};
  if (with_unknown) statuses.push_back(std::nullopt);
  for (const auto& status : statuses) {
    const StatusStyle s = StyleFor(status);
    legend.push_back({status, std::string(s.badge), std::string(s.meaning)});
  }
  return legend;
}

std::string SourcesNote(const std::vector<std::string>& sources, std::size_t max,
                        std::size_t width) {
  if (sources.empty()) return "资料来源：未注明";
  std::string line = "资料来源：";
  for (std::size_t i = 0; i < sources.size() && i < max; ++i)
    line += (i ? "；" : "") + Ellipsize(sources[i], width);
  if (sources.size() > max) line += " 等 " + std::to_string(sources.size()) + " 处";
  return line;
}

}  // namespace chainmap
