#include "render/pptx_node_text.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "render/html_text.h"
#include "src/io/number_format.h"

namespace chainmap {
namespace {

constexpr std::array kOrder{LinkStatus::kStrong, LinkStatus::kWeak, LinkStatus::kFilling,
                            LinkStatus::kMissing};

PptxRun Run(std::string text, const TextStyle& style, double scale) {
  return {std::move(text), SlidePoints(style, scale), style.colour, style.bold};
}

/// A card's completeness figure and its links by status, as the SVG's card shows them
/// (the bar becomes the coloured counts).
void CardFigures(const SceneNode& node, double scale, std::vector<PptxParagraph>& out) {
  if (node.completeness)
    out.push_back({{Run(PercentText(*node.completeness), kCompleteness, scale),
                    Run(" 完整度", kCompletenessUnit, scale)}});
  if (!node.counts) return;
  PptxParagraph counts;
  for (std::size_t i = 0; i < kOrder.size(); ++i) {
    const StatusStyle s = StyleFor(kOrder[i]);
    counts.runs.push_back(
        Run((i ? "  " : "") + std::string(s.badge), {kCountText.points, s.border, true}, scale));
    counts.runs.push_back(Run(" " + std::to_string((*node.counts)[i]), kCountText, scale));
  }
  if ((*node.counts)[4])
    counts.runs.push_back(
        Run("  未评 " + std::to_string((*node.counts)[4]), {10, kMutedColour, false}, scale));
  out.push_back(std::move(counts));
}

}  // namespace

double SlidePoints(const TextStyle& style, double scale) {
  return std::max(kMinSlidePoints, std::round(style.points * scale * 2) / 2);
}

PptxLine NodeOutline(std::optional<LinkStatus> status) {
  const StatusStyle s = StyleFor(status);
  PptxLine line{s.border, s.penwidth};
  if (s.style.find("dashed") != std::string_view::npos) line.dash = PptxLine::Dash::kDash;
  if (s.style.find("dotted") != std::string_view::npos) line.dash = PptxLine::Dash::kDot;
  if (s.peripheries > 1) {
    line.double_line = true;
    line.points = 3 * s.penwidth;  // two lines and the gap between them
  }
  return line;
}

PptxShapeStyle NodeStyle(const SceneNode& node) {
  if (node.context)
    return {kBackground,
            {kBandBorder, 1, PptxLine::Dash::kDash},
            true,
            PptxShapeStyle::Anchor::kMiddle,
            3};
  if (node.kind == SceneNodeKind::kCard)
    return {kBackground, {kBandBorder, 1}, true, PptxShapeStyle::Anchor::kTop, 4};
  PptxShapeStyle style{StyleFor(node.status).fill, NodeOutline(node.status), true,
                       PptxShapeStyle::Anchor::kMiddle, 3};
  if (node.kind == SceneNodeKind::kSmallLink) style.line.points = 1.2;
  return style;
}

std::vector<PptxParagraph> NodeText(const SceneNode& node, double scale) {
  std::vector<PptxParagraph> paragraphs;
  const auto line = [&](const SceneText& text) {
    paragraphs.push_back({{Run(text.text, TextStyleFor(node.kind, text.role, node.context), scale)},
                          PptxParagraph::Align::kCentre});
  };
  if (node.kind == SceneNodeKind::kCard) {
    for (std::size_t i = 0; i + 1 < node.lines.size(); ++i) line(node.lines[i]);
    CardFigures(node, scale, paragraphs);
    if (node.lines.size() > 1) line(node.lines.back());
    for (PptxParagraph& p : paragraphs) p.align = PptxParagraph::Align::kLeft;
    return paragraphs;
  }
  for (std::size_t i = 0; i < node.lines.size(); ++i) {
    line(node.lines[i]);
    if (i == 0 && !node.context && node.status)  // the status badge, as editable text
      paragraphs.back().runs.push_back(
          Run("  " + std::string(StyleFor(node.status).badge), BadgeTextStyle(node.status), scale));
  }
  return paragraphs;
}

PptxShapeStyle BandStyle() {
  return {kBandFill, {kBandBorder, 1}, true, PptxShapeStyle::Anchor::kTop, 4};
}

std::vector<PptxParagraph> BandText(const SceneBand& band, double scale) {
  if (band.title.empty()) return {};
  return {{{Run(Ellipsize(band.title, 20), kBandTitle, scale)}, PptxParagraph::Align::kCentre}};
}

PptxShapeStyle StubStyle() {
  return {kBackground,
          {kBandBorder, 1, PptxLine::Dash::kDash},
          true,
          PptxShapeStyle::Anchor::kMiddle,
          2};
}

std::vector<PptxParagraph> StubText(const std::string& name, std::size_t page) {
  return {{{{Ellipsize(name, 6), 10, kMutedColour}}, PptxParagraph::Align::kCentre},
          {{{"见第 " + std::to_string(page) + " 页", 10, kMutedColour}},
           PptxParagraph::Align::kCentre}};
}

PptxLine EdgeLine(const SceneEdge& edge) {
  PptxLine line{
      kEdgeColour, 1.25,
      edge.cross_chain || edge.backwards ? PptxLine::Dash::kDash : PptxLine::Dash::kSolid};
  if (edge.count > 1) line.points = std::min(1.2 + 0.4 * static_cast<double>(edge.count), 6.0);
  line.arrow = true;
  return line;
}

}  // namespace chainmap
