#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/analysis/link_status.h"

namespace chainmap {

/// The one font of every map; Debian's fonts-noto-cjk provides it, and Graphviz
/// measures labels with it (through pango) so that they fit their boxes.
inline constexpr std::string_view kMapFont = "Noto Sans CJK SC";

/// How a link of a given status is drawn. Colours follow the Okabe-Ito palette (safe for
/// colour-blind readers); each status also differs without colour: a badge with its
/// name, and a border (double for strong, solid for weak, dotted for filling, dashed for
/// missing).
struct StatusStyle {
  std::string_view fill;    ///< Node background.
  std::string_view border;  ///< Node border and badge colour.
  std::string_view style;   ///< Graphviz node style.
  int peripheries = 1;
  double penwidth = 1.2;
  std::string_view badge;    ///< 强, 弱, 在补, 缺; "未评" when the status is unknown.
  std::string_view meaning;  ///< The legend's explanation.
};

/// The style of a status; nullopt (no analysis given) is drawn in grey.
StatusStyle StyleFor(std::optional<LinkStatus> status);

/// The colours of the map's furniture.
inline constexpr std::string_view kTextColour = "#1F2933";
inline constexpr std::string_view kMutedColour = "#616E7C";
inline constexpr std::string_view kEdgeColour = "#52606D";
inline constexpr std::string_view kBandFill = "#F5F7FA";
inline constexpr std::string_view kBandBorder = "#CBD2D9";

/// An HTML-label table: the legend of the statuses (all four, plus "未评" when
/// `with_unknown`), the 链主 star and the arrow.
std::string LegendHtml(bool with_unknown);

/// The badge cell of a node: the status name in a small bordered box.
std::string BadgeHtml(std::optional<LinkStatus> status);

/// A map's source note in plain text: "资料来源：a；b 等 N 处", the first `max` sources
/// each cut to `width` characters, or "资料来源：未注明" for none.
std::string SourcesNote(const std::vector<std::string>& sources, std::size_t max,
                        std::size_t width);

}  // namespace chainmap
