#include "render/pptx_text_slides.h"

#include <algorithm>
#include <numeric>

#include "render/html_text.h"
#include "render/map_style.h"
#include "render/pptx_slide.h"

namespace chainmap {
namespace {

constexpr double kMargin = 36;
constexpr double kTop = 86;  // below the title and subtitle
constexpr double kCellPoints = 11;
constexpr double kLinePoints = 12;
constexpr std::size_t kMaxCellChars = 90;

void Heading(PptxSlide& slide, const std::string& title, const std::string& subtitle) {
  slide.AddText({kMargin, 22, kSlideWidth - 2 * kMargin, 34},
                {{{{Ellipsize(title, 40), 24, kTextColour, true}}}}, "标题");
  if (!subtitle.empty())
    slide.AddText({kMargin, 58, kSlideWidth - 2 * kMargin, 20},
                  {{{{Ellipsize(subtitle, 120), 12, kMutedColour}}}}, "副标题");
}

double Bottom(const std::vector<std::string>& notes) {
  std::size_t lines = 0;
  for (const std::string& n : notes) lines += TextLines(n, 10, kSlideWidth - 2 * kMargin);
  return kSlideHeight - 16 - static_cast<double>(lines) * 13;
}

void Notes(PptxSlide& slide, const std::vector<std::string>& notes) {
  if (notes.empty()) return;
  std::vector<PptxParagraph> paragraphs;
  paragraphs.reserve(notes.size());
  for (const std::string& n : notes) paragraphs.push_back({{{n, 10, kMutedColour}}});
  const double top = Bottom(notes);
  slide.AddText({kMargin, top, kSlideWidth - 2 * kMargin, kSlideHeight - 10 - top}, paragraphs,
                "注释");
}

std::vector<double> Widths(const SlideTable& table, double width) {
  std::vector<double> weights = table.weights;
  weights.resize(table.header.size(), 1);
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<double> widths;
  widths.reserve(weights.size());
  for (double w : weights) widths.push_back(width * w / total);
  return widths;
}

double RowHeight(const std::vector<std::string>& row, const std::vector<double>& widths) {
  std::size_t lines = 1;
  for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
    lines = std::max(lines, TextLines(row[c], kCellPoints, widths[c] - 10));
  return static_cast<double>(lines) * kCellPoints * 1.25 + 8;
}

std::vector<std::string> Cut(std::vector<std::string> row) {
  for (std::string& cell : row) cell = Ellipsize(cell, kMaxCellChars);
  return row;
}

/// The table's rows in pages that fit `height`, each page starting with the header.
std::vector<PptxTable> Pages(const SlideTable& table, double width, double height) {
  const std::vector<double> widths = Widths(table, width);
  const std::vector<std::string> header = Cut(table.header);
  const double header_height = RowHeight(header, widths);
  std::vector<PptxTable> pages;
  double used = 0;
  for (const auto& raw : table.rows) {
    std::vector<std::string> row = Cut(raw);
    row.resize(header.size());
    const double h = RowHeight(row, widths);
    if (pages.empty() || used + h > height) {
      pages.push_back({{header}, widths, {header_height}, kCellPoints});
      used = header_height;
    }
    pages.back().rows.push_back(row);
    pages.back().heights.push_back(h);
    used += h;
  }
  return pages;
}

std::string Numbered(const std::string& title, std::size_t page, std::size_t pages) {
  if (pages < 2) return title;
  return title + "（" + std::to_string(page + 1) + "/" + std::to_string(pages) + "）";
}

}  // namespace

std::string CoverSlide(const std::string& title, const std::string& subtitle,
                       const std::vector<std::string>& lines) {
  PptxSlide slide;
  slide.AddShape({0, 0, kSlideWidth, 12}, {StyleFor(LinkStatus::kStrong).border, {}, false}, {},
                 "装饰条");
  slide.AddText({72, 170, kSlideWidth - 144, 60},
                {{{{Ellipsize(title, 30), 36, kTextColour, true}}}}, "标题");
  slide.AddText({72, 236, kSlideWidth - 144, 30}, {{{{Ellipsize(subtitle, 60), 18, kMutedColour}}}},
                "副标题");
  std::vector<PptxParagraph> paragraphs;
  paragraphs.reserve(lines.size());
  for (const std::string& line : lines)
    paragraphs.push_back({{{Ellipsize(line, 80), 14, kTextColour}}});
  slide.AddText({72, 300, kSlideWidth - 144, 120}, paragraphs, "说明");
  return slide.Finish();
}

std::vector<std::string> TableSlides(const std::string& title, const std::string& subtitle,
                                     const SlideTable& table, const std::vector<std::string>& notes,
                                     const std::string& empty) {
  const double width = kSlideWidth - 2 * kMargin;
  const std::vector<PptxTable> pages = Pages(table, width, Bottom(notes) - 8 - kTop);
  std::vector<std::string> slides;
  for (std::size_t p = 0; p < std::max<std::size_t>(1, pages.size()); ++p) {
    PptxSlide slide;
    Heading(slide, Numbered(title, p, pages.size()), subtitle);
    if (pages.empty())
      slide.AddText({kMargin, kTop, width, 24}, {{{{empty, 14, kMutedColour}}}}, "说明");
    else
      slide.AddTable({kMargin, kTop, width, 0}, pages[p], title);
    Notes(slide, notes);
    slides.push_back(slide.Finish());
  }
  return slides;
}

std::string SummarySlide(const std::string& title, const std::string& subtitle,
                         const SlideTable& table, const std::vector<TextBlock>& blocks,
                         const std::vector<std::string>& notes) {
  PptxSlide slide;
  Heading(slide, title, subtitle);
  const double left = (kSlideWidth - 2 * kMargin) * 0.5;
  const double bottom = Bottom(notes) - 8;
  const std::vector<PptxTable> pages = Pages(table, left, bottom - kTop);
  if (!pages.empty()) slide.AddTable({kMargin, kTop, left, 0}, pages.front(), "各链状态");
  const double x = kMargin + left + 20, width = kSlideWidth - kMargin - x;
  std::vector<PptxParagraph> paragraphs;
  double used = 0;
  for (const TextBlock& block : blocks) {
    if (used + 40 > bottom - kTop) break;
    paragraphs.push_back({{{block.heading, 13, kTextColour, true}}});
    used += 13 * 1.3 + 4;
    std::size_t shown = 0;
    for (const std::string& line : block.lines) {
      const std::string text = Ellipsize(line, 60);
      const double h = static_cast<double>(TextLines(text, kLinePoints - 1, width)) * 11 * 1.3;
      if (used + h + 14 > bottom - kTop) break;
      paragraphs.push_back({{{text, kLinePoints - 1, kTextColour}}});
      used += h;
      ++shown;
    }
    if (shown < block.lines.size()) {
      paragraphs.push_back(
          {{{"另 " + std::to_string(block.lines.size() - shown) + " 项见后页", 10, kMutedColour}}});
      used += 13;
    }
  }
  slide.AddText({x, kTop, width, bottom - kTop}, paragraphs, "要点");
  Notes(slide, notes);
  return slide.Finish();
}

std::vector<std::string> ListSlides(const std::string& title, const std::string& subtitle,
                                    const std::vector<std::string>& lines) {
  const double width = kSlideWidth - 2 * kMargin, height = kSlideHeight - 30 - kTop;
  std::vector<std::vector<PptxParagraph>> pages(1);
  double used = 0;
  for (const std::string& line : lines) {
    const std::string text = Ellipsize(line, 200);
    const double h = static_cast<double>(TextLines(text, kLinePoints, width)) * kLinePoints * 1.3;
    if (used + h > height && !pages.back().empty()) {
      pages.emplace_back();
      used = 0;
    }
    pages.back().push_back({{{text, kLinePoints, kTextColour}}});
    used += h;
  }
  std::vector<std::string> slides;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    PptxSlide slide;
    Heading(slide, Numbered(title, p, pages.size()), subtitle);
    slide.AddText({kMargin, kTop, width, height}, pages[p], "列表");
    slides.push_back(slide.Finish());
  }
  return slides;
}

}  // namespace chainmap
