#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/map_layout.h"
#include "src/io/xml_writer.h"

namespace chainmap {

/// The smallest type on a slide, in points: PptxSlide refuses anything smaller.
inline constexpr double kMinSlidePoints = 10;
/// A 16:9 slide (PowerPoint's wide slide, 13.333 × 7.5 in), in points.
inline constexpr double kSlideWidth = 960;
inline constexpr double kSlideHeight = 540;

/// A run of text: one size, colour and weight. Chinese and Latin typefaces are both set.
struct PptxRun {
  std::string text;
  double points = 12;
  std::string_view colour;  ///< "#RRGGBB".
  bool bold = false;
};

/// A paragraph of runs.
struct PptxParagraph {
  enum class Align { kLeft, kCentre, kRight };
  std::vector<PptxRun> runs;
  Align align = Align::kLeft;
};

/// The outline of a shape or a connector.
struct PptxLine {
  enum class Dash { kSolid, kDash, kDot };
  std::string_view colour;  ///< "#RRGGBB"; empty: no line.
  double points = 1;
  Dash dash = Dash::kSolid;
  bool double_line = false;  ///< Two thin lines (a strong link's double border).
  bool arrow = false;        ///< An arrow head at the end (connectors).
};

/// How a shape is filled and outlined.
struct PptxShapeStyle {
  std::string_view fill;  ///< "#RRGGBB"; empty: no fill.
  PptxLine line;
  bool rounded = false;                                       ///< A rounded rectangle.
  enum class Anchor { kTop, kMiddle } anchor = Anchor::kTop;  ///< Where the text sits.
  double inset = 3.6;                                         ///< Text inset in points.
};

/// A connection site of a rectangle (DrawingML's order for rect and roundRect).
enum class PptxSite { kTop = 0, kLeft = 1, kBottom = 2, kRight = 3 };

/// A table of text cells: the first row is the header (bold, filled).
struct PptxTable {
  std::vector<std::vector<std::string>> rows;
  std::vector<double> widths;   ///< Column widths in points; they sum to the table's width.
  std::vector<double> heights;  ///< Row heights in points.
  double points = 10.5;
};

/// One slide of a presentation being written: shapes are added back to front and get
/// ids 2, 3, …; connectors are glued to shapes by those ids (stCxn/endCxn), so moving a
/// shape in PowerPoint, WPS or Impress drags its connectors along. Positions are in points
/// from the slide's top-left corner. Every text is escaped by XmlWriter, its control
/// characters made spaces; a run below kMinSlidePoints throws std::logic_error.
class PptxSlide {
 public:
  PptxSlide();

  /// A shape with text; returns its id for connectors.
  int AddShape(const SceneBox& box, const PptxShapeStyle& style,
               const std::vector<PptxParagraph>& paragraphs, std::string_view name);
  /// A text box: no fill, no outline.
  int AddText(const SceneBox& box, const std::vector<PptxParagraph>& paragraphs,
              std::string_view name);
  /// A connector from a site of shape `from` to a site of shape `to`, drawn from `start`
  /// to `end` (the sites' positions, for programs that do not reroute on opening).
  void AddConnector(int from, PptxSite from_site, int to, PptxSite to_site, ScenePoint start,
                    ScenePoint end, const PptxLine& line, std::string_view name);
  /// A native table at the box's top-left corner.
  void AddTable(const SceneBox& box, const PptxTable& table, std::string_view name);

  /// The slide part's XML; the slide takes no more shapes afterwards.
  std::string Finish();

  std::size_t shapes() const { return static_cast<std::size_t>(next_id_ - 2); }

 private:
  void Paragraphs(const std::vector<PptxParagraph>& paragraphs);
  void Run(const PptxRun& run);
  void Line(const PptxLine& line);
  void Transform(const SceneBox& box, bool flip_h = false, bool flip_v = false);

  XmlWriter xml_;
  int next_id_ = 2;
};

/// Points to English Metric Units (12,700 per point), rounded.
long long Emu(double points);

/// An estimate of the width of `text` set at `points`: a CJK character (three bytes of
/// UTF-8 or more) is one em, anything else 0.6 em. Errs wide for Latin text.
double TextWidth(std::string_view text, double points);

/// How many lines `text` takes at `points` in a box `width` points wide.
std::size_t TextLines(std::string_view text, double points, double width);

}  // namespace chainmap
