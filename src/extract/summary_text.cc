#include "src/extract/summary_text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace chainmap {
namespace {

icu::UnicodeString FromUtf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

/// Full-width ASCII forms that carry meaning for reading figures and headings; Chinese
/// punctuation (，；：。“”) is left alone.
const icu::Transliterator& HalfWidth() {
  static const std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "[[\\uFF10-\\uFF19][\\uFF21-\\uFF3A][\\uFF41-\\uFF5A][\\uFF05\\uFF08\\uFF09\\uFF0B\\uFF0D"
        "\\uFF0E\\uFF0F\\u3000]] Fullwidth-Halfwidth",
        UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no Fullwidth-Halfwidth transliterator");
    return t;
  }();
  return *instance;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

constexpr std::string_view kNumerals[] = {"十一", "十二", "十三", "十四", "十五", "一", "二", "三",
                                          "四",   "五",   "六",   "七",   "八",   "九", "十"};

/// The Chinese numeral at the start of `s` ("三"), or "".
std::string_view LeadingNumeral(std::string_view s) {
  for (std::string_view n : kNumerals)
    if (StartsWith(s, n)) return n;
  return {};
}

/// A heading at the start of a line: its level (1 "一、", 2 "(一)", 3 "1." or "(1)"),
/// its label and where its text starts.
struct Heading {
  int level = 0;
  std::string label;
  std::size_t text_start = 0;
};

Heading ParseHeading(std::string_view line) {
  if (std::string_view n = LeadingNumeral(line); !n.empty()) {
    if (StartsWith(line.substr(n.size()), "、")) return {1, std::string(n), n.size() + 3};
  }
  if (StartsWith(line, "(")) {
    std::string_view rest = line.substr(1);
    if (std::string_view n = LeadingNumeral(rest);
        !n.empty() && StartsWith(rest.substr(n.size()), ")"))
      return {2, "(" + std::string(n) + ")", n.size() + 2};
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits > 0 && digits < 3 && rest.size() > digits && rest[digits] == ')')
      return {3, "(" + std::string(rest.substr(0, digits)) + ")", digits + 2};
  }
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits < 3 && line.size() > digits + 1 && line[digits] == '.' &&
      !(line[digits + 1] >= '0' && line[digits + 1] <= '9'))
    return {3, std::string(line.substr(0, digits)), digits + 1};
  if (digits > 0 && digits < 3 && StartsWith(line.substr(digits), "、"))
    return {3, std::string(line.substr(0, digits)), digits + 3};
  return {};
}

bool EndsSentence(std::string_view line) {
  for (std::string_view mark : {"。", "；", "！", "？", "：", ";", "!", "?", ":"})
    if (line.find(mark) != std::string_view::npos) return true;
  return false;
}

/// A stretch of joined text and the section and line it starts in.
struct Paragraph {
  std::string text;
  std::string section;
  std::string headings;
  std::size_t line = 0;
};

std::vector<SummarySentence> SplitSentences(const Paragraph& p) {
  std::vector<SummarySentence> out;
  const icu::UnicodeString text = FromUtf8(p.text);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU: no sentence break iterator");
  it->setText(text);
  for (int32_t start = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
       start = end, end = it->next()) {
    std::string sentence = Trim(ToUtf8(text.tempSubStringBetween(start, end)));
    if (!sentence.empty()) out.push_back({std::move(sentence), p.section, p.headings, p.line});
  }
  return out;
}

}  // namespace

std::string NormalizeSummaryText(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: no NFC normaliser");
  icu::UnicodeString text = nfc->normalize(FromUtf8(utf8), status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: normalisation failed");
  HalfWidth().transliterate(text);
  text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00A0)), icu::UnicodeString(" "));
  return ToUtf8(text);
}

std::string DropStraySpaces(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    if (!IsSpace(utf8[i])) {
      out += utf8[i++];
      continue;
    }
    std::size_t j = i;
    while (j < utf8.size() && IsSpace(utf8[j])) ++j;
    if (!out.empty() && j < utf8.size() && IsAsciiAlnum(out.back()) && IsAsciiAlnum(utf8[j]))
      out += ' ';
    i = j;
  }
  return out;
}

SummaryText SplitSummary(std::string_view utf8) {
  const std::string text = NormalizeSummaryText(utf8);
  SummaryText result;
  std::vector<Paragraph> paragraphs;
  std::string level1, level2, level3;
  std::string title1, title2, title3;
  Paragraph current;
  bool in_title = true;
  std::string title;
  auto flush = [&] {
    if (!current.text.empty()) paragraphs.push_back(current);
    current = {};
  };
  auto section = [&] { return level1 + level2 + level3; };
  auto headings = [&] { return title1 + " " + title2 + " " + title3; };
  // A heading's title: its text up to the first full stop.
  auto title_of = [](const std::string& body) {
    const std::size_t stop = body.find("。");
    return DropStraySpaces(body.substr(0, stop));
  };

  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    const std::string line = Trim(std::string_view(text).substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty()) {
      if (in_title && !title.empty()) in_title = false;
      continue;
    }
    const Heading heading = ParseHeading(line);
    if (in_title && heading.level == 0 && !EndsSentence(line) &&
        line.find("，") == std::string::npos && paragraphs.empty() && current.text.empty()) {
      title += line + " ";
      continue;
    }
    in_title = false;
    std::string body = line;
    if (heading.level > 0) {
      flush();
      body = line.substr(heading.text_start);
      if (heading.level == 1) {
        level1 = heading.label, level2.clear(), level3.clear();
        title1 = title_of(body), title2.clear(), title3.clear();
      } else if (heading.level == 2) {
        level2 = heading.label, level3.clear();
        title2 = title_of(body), title3.clear();
      } else {
        level3 = heading.label;
        title3 = title_of(body);
      }
      // A heading line without punctuation is a title of its own.
      if (!EndsSentence(body) && body.find("，") == std::string::npos) {
        current = {DropStraySpaces(body) + "。", section(), headings(), line_no};
        flush();
        continue;
      }
    }
    if (current.text.empty()) {
      current.section = section();
      current.headings = headings();
      current.line = line_no;
    }
    current.text += body + "\n";
  }
  flush();
  result.title = DropStraySpaces(title);
  for (Paragraph& p : paragraphs) {
    p.text = DropStraySpaces(p.text);
    for (SummarySentence& s : SplitSentences(p)) result.sentences.push_back(std::move(s));
  }
  return result;
}

std::string NameKey(std::string_view name) {
  std::string text = DropStraySpaces(NormalizeSummaryText(name));
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '"') continue;
    out += text[i];
  }
  for (std::string_view quote : {"“", "”", "《", "》", "（", "）", "(", ")"}) {
    for (std::size_t p = out.find(quote); p != std::string::npos; p = out.find(quote))
      out.erase(p, quote.size());
  }
  constexpr std::string_view kProject = "项目";
  if (out.size() > kProject.size() && out.ends_with(kProject))
    out.resize(out.size() - kProject.size());
  return out;
}

}  // namespace chainmap
