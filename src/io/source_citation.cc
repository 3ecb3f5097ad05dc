#include "src/io/source_citation.h"

#include <algorithm>

#include "src/io/number_format.h"
#include "src/model/source_text.h"

namespace chainmap {

std::string CitedSource(const Zone& zone, std::string_view source, bool with_section) {
  const Document* d = zone.FindDocument(source.substr(0, source.find(' ')));
  if (!d) return SourceText(zone, source);
  // SourceText gives "《title》 section": the date goes between them.
  const std::string title = "《" + d->title + "》";
  const std::string text = SourceText(zone, source);
  return title + (d->date.empty() ? "" : "（" + ChineseDate(d->date) + "）") +
         (with_section && text.starts_with(title) ? text.substr(title.size()) : "");
}

std::vector<std::string> CitedSources(const Zone& zone, const std::vector<std::string>& sources,
                                      bool with_section) {
  // Each document once, its sections after it in the order met: "《…》（2024 年 6 月）
  // 二(一)、二(三)".
  std::vector<std::pair<std::string, std::vector<std::string>>> cited;
  for (const std::string& s : sources) {
    const std::string head = CitedSource(zone, s, false);
    const std::string full = CitedSource(zone, s, with_section);
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
    for (std::size_t i = 0; i < sections.size(); ++i) text += (i ? "、" : " ") + sections[i];
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace chainmap
