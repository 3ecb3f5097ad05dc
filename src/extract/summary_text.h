#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

/// One sentence of a work summary, joined across the PDF's line breaks, with the
/// section it stands in ("一", "二(三)") and the line it starts on (1-based).
struct SummarySentence {
  std::string text;
  std::string section;
  std::string headings;  ///< The titles of the headings it stands under, joined.
  std::size_t line = 0;
};

/// A work summary as sentences: its title (the first lines before the first blank line
/// or heading, when they end without punctuation) and every sentence in order.
struct SummaryText {
  std::string title;
  std::vector<SummarySentence> sentences;
};

/// Normalises a summary's text with ICU: NFC, full-width digits, Latin letters,
/// parentheses and signs to their ASCII forms (Chinese punctuation stays), the
/// ideographic space to a space.
std::string NormalizeSummaryText(std::string_view utf8);

/// Drops the spaces a PDF extraction leaves inside Chinese text: a run of spaces stays
/// (as one space) only between two ASCII letters or digits.
std::string DropStraySpaces(std::string_view utf8);

/// Splits a summary (UTF-8, as extracted from PDF or a .docx) into sentences with their
/// sections: headings "一、", "(一)" and "1." set the section; lines are joined; ICU's
/// sentence rules for Chinese split the text.
SummaryText SplitSummary(std::string_view utf8);

/// The key names are compared by: normalised, without spaces, quotes or a trailing
/// "项目".
std::string NameKey(std::string_view name);

}  // namespace chainmap
