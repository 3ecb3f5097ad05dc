#include "src/io/source_citation.h"

#include <algorithm>

#include "src/io/number_format.h"
#include "src/model/source_text.h"

namespace chainmap {
namespace {

/// A date of the data in English: "2024-06" → "June 2024", "2024-06-30" → "30 June 2024";
/// any other text as it is (ChineseDate's English counterpart).
std::string EnglishDate(std::string_view date) {
  static constexpr std::string_view kMonths[] = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};
  const auto digits = [&](std::size_t from, std::size_t n) {
    if (date.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i)
      if (date[i] < '0' || date[i] > '9') return false;
    return true;
  };
  if (!digits(0, 4) || (date.size() != 4 && date.size() != 7 && date.size() != 10))
    return std::string(date);
  std::string year(date.substr(0, 4));
  if (date.size() == 4) return year;
  if (date[4] != '-' || !digits(5, 2)) return std::string(date);
  const int month = (date[5] - '0') * 10 + (date[6] - '0');
  if (month < 1 || month > 12) return std::string(date);
  std::string month_year = std::string(kMonths[month - 1]) + " " + year;
  if (date.size() == 7) return month_year;
  if (date[7] != '-' || !digits(8, 2)) return std::string(date);
  return std::to_string((date[8] - '0') * 10 + (date[9] - '0')) + " " + month_year;
}

/// A document's date in the reader's language.
std::string DateIn(std::string_view date, Language language) {
  return language == Language::kEn ? EnglishDate(date) : ChineseDate(date);
}

}  // namespace

std::string CitedSource(const Zone& zone, std::string_view source, bool with_section,
                        Language language) {
  const Document* d = zone.FindDocument(source.substr(0, source.find(' ')));
  if (!d) return SourceText(zone, source, language);
  // SourceText gives "《title》 section": the date goes between them.
  const std::string title = "《" + d->title + "》";
  const std::string text = SourceText(zone, source, language);
  return title +
         (d->date.empty() ? ""
                          : Fill(WordingFor(language).document_date, {DateIn(d->date, language)})) +
         (with_section && text.starts_with(title) ? text.substr(title.size()) : "");
}

std::vector<std::string> CitedSources(const Zone& zone, const std::vector<std::string>& sources,
                                      bool with_section, Language language) {
  // Each document once, its sections after it in the order met: "《…》（2024 年 6 月）
  // 二(一)、二(三)".
  std::vector<std::pair<std::string, std::vector<std::string>>> cited;
  for (const std::string& s : sources) {
    const std::string head = CitedSource(zone, s, false, language);
    const std::string full = CitedSource(zone, s, with_section, language);
    auto it = std::find_if(cited.begin(), cited.end(),
                           [&](const auto& entry) { return entry.first == head; });
    if (it == cited.end()) it = cited.insert(cited.end(), {head, {}});
    if (full.size() > head.size() && full.starts_with(head + " "))
      if (std::string section = full.substr(head.size() + 1);
          std::find(it->second.begin(), it->second.end(), section) == it->second.end())
        it->second.push_back(std::move(section));
  }
  std::vector<std::string> out;
  for (const auto& [head, sections] : cited) {
    std::string text = head;
    for (std::size_t i = 0; i < sections.size(); ++i)
      text += (i ? std::string(WordingFor(language).section_separator) : " ") + sections[i];
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace chainmap
