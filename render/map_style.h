#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/map_scene.h"
#include "src/analysis/link_status.h"
#include "src/model/wording.h"

namespace chainmap {

/// The font every map is measured with: Debian's fonts-noto-cjk provides it, and
/// Graphviz measures labels with it (through pango) so that they fit their boxes.
inline constexpr std::string_view kMapFont = "Noto Sans CJK SC";

/// The fonts an SVG map asks for, first found wins: the measuring font, then the same
/// design under Adobe's name, then the CJK fonts of Windows and macOS, then any sans-serif.
inline constexpr std::string_view kSvgFontList =
    "Noto Sans CJK SC,Source Han Sans SC,Microsoft YaHei,PingFang SC,sans-serif";

/// A zone's or chain's name in a title is cut to this many characters ("…" after), so
/// that a long name cannot make the map as wide as the name.
inline constexpr std::size_t kMaxTitleChars = 30;

/// A map's source note wraps at about this many Chinese characters (twice as many Latin
/// letters): the width of the status rule beside the legend.
inline constexpr std::size_t kSourceLineChars = 72;

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

/// The style of a status; nullopt (no analysis given) is drawn in grey. The badge and its
/// meaning are the catalogue's (src/model/wording.h) in `language`.
StatusStyle StyleFor(std::optional<LinkStatus> status, Language language = Language::kZh);

/// The width in points of a badge's text at `points`: a Chinese character one em, any
/// other character about 0.6 em.
double BadgeTextWidth(std::string_view badge, int points);

/// The colours of the map's furniture.
inline constexpr std::string_view kTextColour = "#1F2933";
inline constexpr std::string_view kMutedColour = "#616E7C";
inline constexpr std::string_view kEdgeColour = "#52606D";
inline constexpr std::string_view kBandFill = "#F5F7FA";
inline constexpr std::string_view kBandBorder = "#CBD2D9";

inline constexpr std::string_view kBackground = "#FFFFFF";
/// The colour of a link's change on a diff's map (Okabe-Ito reddish purple, darkened to
/// read as text).
inline constexpr std::string_view kChangeColour = "#A03A78";
/// The colour of a card's completeness figure.
inline constexpr std::string_view kAccentColour = "#0072B2";

/// How a piece of text is set: size in points, colour, weight.
struct TextStyle {
  int points = 10;
  std::string_view colour = kTextColour;
  bool bold = false;
};

/// The text of the map's furniture.
inline constexpr TextStyle kHeaderTitle{22, kTextColour, true};
inline constexpr TextStyle kHeaderSubtitle{11, kMutedColour, false};
inline constexpr TextStyle kHeaderNote{9, kMutedColour, false};
inline constexpr TextStyle kBandTitle{15, kTextColour, true};
inline constexpr TextStyle kLegendText{10, kTextColour, false};
inline constexpr TextStyle kCompleteness{22, kAccentColour, true};
inline constexpr TextStyle kCompletenessUnit{10, kMutedColour, false};
inline constexpr TextStyle kCountText{10, kTextColour, false};

/// How a line of a node's label is set, by the node's kind and the line's role.
TextStyle TextStyleFor(SceneNodeKind kind, SceneTextRole role, bool context);

/// The status badge's text (9 points, the status's border colour).
TextStyle BadgeTextStyle(std::optional<LinkStatus> status);

/// The legend of a map: the four statuses (plus "未评" when `with_unknown`).
std::vector<SceneLegendEntry> Legend(bool with_unknown, Language language = Language::kZh);

/// A map's source note as header lines: "资料来源：a；b 等 N 处", the first `max`
/// sources each whole, wrapped into lines of about `width` characters (a long citation
/// breaks between its sections, never inside one); "资料来源：未注明" for none.
std::vector<std::string> SourcesNote(const std::vector<std::string>& sources, std::size_t max,
                                     std::size_t width, Language language = Language::kZh);

}  // namespace chainmap
