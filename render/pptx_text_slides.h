#pragma once

#include <string>
#include <vector>

namespace chainmap {

/// A table as a deck shows it: a header row, rows of text and each column's share of
/// the width (any positive numbers; they are scaled to the slide).
struct SlideTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<double> weights;
};

/// A heading and its lines (the blocks of the summary slide).
struct TextBlock {
  std::string heading;
  std::vector<std::string> lines;
};

/// The cover: a title, a subtitle and lines below (date, scenario).
std::string CoverSlide(const std::string& title, const std::string& subtitle,
                       const std::vector<std::string>& lines);

/// A table as native PowerPoint tables over as many slides as its rows need at 11 pt,
/// the header repeated on each, the title numbered "（2/3）" when split; long cells are
/// cut to 90 characters. `empty` is shown instead of a table without rows.
std::vector<std::string> TableSlides(const std::string& title, const std::string& subtitle,
                                     const SlideTable& table, const std::vector<std::string>& notes,
                                     const std::string& empty);

/// One slide: a native table on the left and text blocks on the right (the 领导一页纸).
/// Lines that do not fit are left out and counted ("另 N 项见后页").
std::string SummarySlide(const std::string& title, const std::string& subtitle,
                         const SlideTable& table, const std::vector<TextBlock>& blocks,
                         const std::vector<std::string>& notes);

/// A list of lines over as many slides as needed (the sources).
std::vector<std::string> ListSlides(const std::string& title, const std::string& subtitle,
                                    const std::vector<std::string>& lines);

}  // namespace chainmap
