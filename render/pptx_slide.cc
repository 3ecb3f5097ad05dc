#include "render/pptx_slide.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace chainmap {
namespace {

// Latin and East Asian typefaces of every run: PowerPoint and WPS pick the typeface of a
// character by its script, so a Chinese run needs `ea` or it falls back to a Latin font
// without the glyphs. Microsoft YaHei is on every Windows machine that runs PowerPoint or
// WPS; elsewhere the program substitutes its own CJK font.
constexpr std::string_view kLatinFont = "Arial";
constexpr std::string_view kEastAsianFont = "Microsoft YaHei";

constexpr std::string_view kNamespaceA = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr std::string_view kNamespaceR =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kNamespaceP =
    "http://schemas.openxmlformats.org/presentationml/2006/main";

/// "#1F2933" → "1F2933".
std::string_view Hex(std::string_view colour) {
  return !colour.empty() && colour.front() == '#' ? colour.substr(1) : colour;
}

/// Text for a run: line breaks and tabs become spaces (a run is one line; XmlWriter
/// replaces the other control characters).
std::string RunText(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace

long long Emu(double points) { return std::llround(points * 12700); }

double TextWidth(std::string_view text, double points) {
  double ems = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    ems += length >= 3 ? 1.0 : 0.6;
    i += length;
  }
  return ems * points;
}

std::size_t TextLines(std::string_view text, double points, double width) {
  if (width <= points) return 1;
  return std::max<std::size_t>(
      1, static_cast<std::size_t>(std::ceil(TextWidth(text, points) / width)));
}

PptxSlide::PptxSlide() {
  xml_.Open("p:sld")
      .Attr("xmlns:a", kNamespaceA)
      .Attr("xmlns:r", kNamespaceR)
      .Attr("xmlns:p", kNamespaceP);
  xml_.Open("p:cSld").Open("p:spTree");
  xml_.Open("p:nvGrpSpPr").Leaf("p:cNvPr", {{"id", "1"}, {"name", ""}}).Leaf("p:cNvGrpSpPr");
  xml_.Leaf("p:nvPr").Close();
  xml_.Open("p:grpSpPr").Open("a:xfrm");
  for (const char* tag : {"a:off", "a:chOff"}) xml_.Leaf(tag, {{"x", "0"}, {"y", "0"}});
  for (const char* tag : {"a:ext", "a:chExt"}) xml_.Leaf(tag, {{"cx", "0"}, {"cy", "0"}});
  xml_.Close().Close();
}

void PptxSlide::Transform(const SceneBox& box, bool flip_h, bool flip_v) {
  xml_.Open("a:xfrm");
  if (flip_h) xml_.Attr("flipH", "1");
  if (flip_v) xml_.Attr("flipV", "1");
  xml_.Open("a:off").Attr("x", Emu(box.x)).Attr("y", Emu(box.y)).Close();
  xml_.Open("a:ext").Attr("cx", Emu(box.width)).Attr("cy", Emu(box.height)).Close();
  xml_.Close();
}

void PptxSlide::Line(const PptxLine& line) {
  if (line.colour.empty()) {
    xml_.Open("a:ln").Leaf("a:noFill").Close();
    return;
  }
  xml_.Open("a:ln").Attr("w", Emu(line.points));
  if (line.double_line) xml_.Attr("cmpd", "dbl");
  xml_.Open("a:solidFill").Leaf("a:srgbClr", {{"val", Hex(line.colour)}}).Close();
  if (line.dash != PptxLine::Dash::kSolid)
    xml_.Leaf("a:prstDash", {{"val", line.dash == PptxLine::Dash::kDash ? "dash" : "sysDot"}});
  if (line.arrow) xml_.Leaf("a:tailEnd", {{"type", "triangle"}, {"w", "med"}, {"len", "med"}});
  xml_.Close();
}

void PptxSlide::Run(const PptxRun& run) {
  if (run.points < kMinSlidePoints)
    throw std::logic_error("PptxSlide: a run of " + std::to_string(run.points) +
                           " pt, below the slide minimum");
  xml_.Open("a:r").Open("a:rPr").Attr("lang", "zh-CN").Attr("altLang", "en-US");
  xml_.Attr("sz", std::llround(run.points * 100));
  if (run.bold) xml_.Attr("b", "1");
  xml_.Attr("dirty", "0");
  if (!run.colour.empty())
    xml_.Open("a:solidFill").Leaf("a:srgbClr", {{"val", Hex(run.colour)}}).Close();
  xml_.Leaf("a:latin", {{"typeface", kLatinFont}});
  xml_.Leaf("a:ea", {{"typeface", kEastAsianFont}});
  xml_.Leaf("a:cs", {{"typeface", kLatinFont}});
  xml_.Close();
  xml_.Open("a:t").Text(RunText(run.text)).Close().Close();
}

void PptxSlide::Paragraphs(const std::vector<PptxParagraph>& paragraphs) {
  xml_.Leaf("a:lstStyle");
  for (const PptxParagraph& p : paragraphs) {
    xml_.Open("a:p");
    if (p.align != PptxParagraph::Align::kLeft)
      xml_.Leaf("a:pPr", {{"algn", p.align == PptxParagraph::Align::kCentre ? "ctr" : "r"}});
    for (const PptxRun& run : p.runs) Run(run);
    xml_.Close();
  }
  if (paragraphs.empty()) xml_.Leaf("a:p");
}

int PptxSlide::AddShape(const SceneBox& box, const PptxShapeStyle& style,
                        const std::vector<PptxParagraph>& paragraphs, std::string_view name) {
  const int id = next_id_++;
  xml_.Open("p:sp").Open("p:nvSpPr");
  xml_.Open("p:cNvPr").Attr("id", id).Attr("name", RunText(name)).Close();
  xml_.Leaf("p:cNvSpPr").Leaf("p:nvPr").Close();
  xml_.Open("p:spPr");
  Transform(box);
  xml_.Open("a:prstGeom").Attr("prst", style.rounded ? "roundRect" : "rect").Open("a:avLst");
  if (style.rounded) {
    // A corner radius of about 6 points whatever the box's size (adj is in 1/100000 of
    // the shorter side).
    const double shorter = std::max(1.0, std::min(box.width, box.height));
    const long long adj = std::llround(std::min(50000.0, 6 / shorter * 100000));
    xml_.Leaf("a:gd", {{"name", "adj"}, {"fmla", "val " + std::to_string(adj)}});
  }
  xml_.Close().Close();
  if (style.fill.empty())
    xml_.Leaf("a:noFill");
  else
    xml_.Open("a:solidFill").Leaf("a:srgbClr", {{"val", Hex(style.fill)}}).Close();
  Line(style.line);
  xml_.Close();
  xml_.Open("p:txBody").Open("a:bodyPr").Attr("wrap", "square");
  const std::string inset = std::to_string(Emu(style.inset));
  for (const char* side : {"lIns", "tIns", "rIns", "bIns"}) xml_.Attr(side, inset);
  xml_.Attr("anchor", style.anchor == PptxShapeStyle::Anchor::kTop ? "t" : "ctr");
  xml_.Attr("rtlCol", "0").Leaf("a:noAutofit").Close();
  Paragraphs(paragraphs);
  xml_.Close().Close();
  return id;
}

int PptxSlide::AddText(const SceneBox& box, const std::vector<PptxParagraph>& paragraphs,
                       std::string_view name) {
  PptxShapeStyle style;
  style.inset = 0;
  return AddShape(box, style, paragraphs, name);
}

void PptxSlide::AddConnector(int from, PptxSite from_site, int to, PptxSite to_site,
                             ScenePoint start, ScenePoint end, const PptxLine& line,
                             std::string_view name) {
  const int id = next_id_++;
  xml_.Open("p:cxnSp").Open("p:nvCxnSpPr");
  xml_.Open("p:cNvPr").Attr("id", id).Attr("name", RunText(name)).Close();
  xml_.Open("p:cNvCxnSpPr");
  xml_.Open("a:stCxn").Attr("id", from).Attr("idx", static_cast<int>(from_site)).Close();
  xml_.Open("a:endCxn").Attr("id", to).Attr("idx", static_cast<int>(to_site)).Close();
  xml_.Close().Leaf("p:nvPr").Close();
  xml_.Open("p:spPr");
  const SceneBox box{std::min(start.x, end.x), std::min(start.y, end.y), std::abs(end.x - start.x),
                     std::abs(end.y - start.y)};
  Transform(box, end.x < start.x, end.y < start.y);
  xml_.Open("a:prstGeom").Attr("prst", "curvedConnector3").Leaf("a:avLst").Close();
  Line(line);
  xml_.Close().Close();
}

void PptxSlide::AddTable(const SceneBox& box, const PptxTable& table, std::string_view name) {
  const int id = next_id_++;
  double height = 0;
  for (double h : table.heights) height += h;
  xml_.Open("p:graphicFrame").Open("p:nvGraphicFramePr");
  xml_.Open("p:cNvPr").Attr("id", id).Attr("name", RunText(name)).Close();
  xml_.Open("p:cNvGraphicFramePr").Leaf("a:graphicFrameLocks", {{"noGrp", "1"}}).Close();
  xml_.Leaf("p:nvPr").Close();
  xml_.Open("p:xfrm");
  xml_.Open("a:off").Attr("x", Emu(box.x)).Attr("y", Emu(box.y)).Close();
  xml_.Open("a:ext").Attr("cx", Emu(box.width)).Attr("cy", Emu(height)).Close();
  xml_.Close();
  xml_.Open("a:graphic")
      .Open("a:graphicData")
      .Attr("uri", "http://schemas.openxmlformats.org/drawingml/2006/table");
  xml_.Open("a:tbl").Leaf("a:tblPr", {{"firstRow", "1"}, {"bandRow", "1"}}).Open("a:tblGrid");
  for (double w : table.widths) xml_.Open("a:gridCol").Attr("w", Emu(w)).Close();
  xml_.Close();
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    xml_.Open("a:tr").Attr("h", Emu(table.heights[r]));
    for (const std::string& cell : table.rows[r]) {
      xml_.Open("a:tc").Open("a:txBody").Leaf("a:bodyPr");
      Paragraphs({{{{cell, table.points, "#1F2933", r == 0}}}});
      xml_.Close();
      xml_.Open("a:tcPr").Attr("marL", Emu(4)).Attr("marR", Emu(4)).Attr("marT", Emu(2));
      xml_.Attr("marB", Emu(2)).Attr("anchor", "ctr");
      for (const char* side : {"a:lnL", "a:lnR", "a:lnT", "a:lnB"}) {
        xml_.Open(side).Attr("w", Emu(0.75)).Open("a:solidFill");
        xml_.Leaf("a:srgbClr", {{"val", "CBD2D9"}}).Close().Close();
      }
      const std::string_view fill = r == 0 ? "D9E2EC" : (r % 2 ? "FFFFFF" : "F5F7FA");
      xml_.Open("a:solidFill").Leaf("a:srgbClr", {{"val", fill}}).Close();
      xml_.Close().Close();
    }
    xml_.Close();
  }
  xml_.Close().Close().Close().Close();
}

std::string PptxSlide::Finish() {
  xml_.Close().Close();  // spTree, cSld
  xml_.Open("p:clrMapOvr").Leaf("a:masterClrMapping").Close();
  xml_.Close();  // sld
  return xml_.Finish();
}

}  // namespace chainmap
