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

std::string BadgeHtml(std::optional<LinkStatus> status) {
  const StatusStyle s = StyleFor(status);
  // A fixed size keeps the badge small however wide its node is: 9-point CJK glyphs
  // are 9 points wide, plus padding.
  const std::size_t glyphs = s.badge.size() / 3;  // each badge glyph is 3 bytes of UTF-8
  return "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"" + std::to_string(9 * glyphs + 12) +
         "\" HEIGHT=\"15\" BORDER=\"1\" STYLE=\"rounded\" COLOR=\"" + std::string(s.border) +
         "\" BGCOLOR=\"#FFFFFF\"><FONT POINT-SIZE=\"9\" COLOR=\"" + std::string(s.border) + "\">" +
         std::string(s.badge) + "</FONT></TD>";
}

namespace {

std::string LegendSwatch(std::optional<LinkStatus> status) {
  const StatusStyle s = StyleFor(status);
  std::string border_style = "rounded";
  if (status == LinkStatus::kMissing) border_style = "rounded,dashed";
  if (status == LinkStatus::kFilling) border_style = "rounded,dotted";
  const std::string colour = std::string(s.border);
  std::string swatch = "<TABLE BORDER=\"2\" CELLBORDER=\"0\" CELLPADDING=\"2\" STYLE=\"" +
                       border_style + "\" COLOR=\"" + colour + "\" BGCOLOR=\"" +
                       std::string(s.fill) + "\"><TR><TD><FONT POINT-SIZE=\"10\" COLOR=\"" +
                       colour + "\"> " + std::string(s.badge) + " </FONT></TD></TR></TABLE>";
  if (status == LinkStatus::kStrong) {  // double border, as on the map
    swatch =
        "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"2\" "
        "STYLE=\"rounded\" COLOR=\"" +
        colour + "\"><TR><TD>" + swatch + "</TD></TR></TABLE>";
  }
  return "<TD>" + swatch + "</TD><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" +
         std::string(kTextColour) + "\">" + std::string(s.meaning) +
         "</FONT></TD><TD WIDTH=\"14\"></TD>";
}

}  // namespace

std::string LegendHtml(bool with_unknown) {
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\"><TR>";
  for (LinkStatus status :
       {LinkStatus::kStrong, LinkStatus::kWeak, LinkStatus::kFilling, LinkStatus::kMissing})
    html += LegendSwatch(status);
  if (with_unknown) html += LegendSwatch(std::nullopt);
  html += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(kTextColour) +
          "\">★ 链主    → 供给关系</FONT></TD></TR></TABLE>";
  return html;
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
