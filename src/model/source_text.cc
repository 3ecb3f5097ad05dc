#include "src/model/source_text.h"

#include <algorithm>

namespace chainmap {
namespace {

bool HasLatin(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

/// The next space-separated word of `text` after position `from`.
std::string_view NextWord(std::string_view text, std::size_t from) {
  const std::size_t start = text.find_first_not_of(' ', from);
  if (start == std::string_view::npos) return {};
  const std::size_t end = text.find(' ', start);
  return text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
}

}  // namespace

std::string SourceText(const Zone& zone, std::string_view source, Language language) {
  const Wording& w = WordingFor(language);
  if (source.starts_with("[pub]")) return std::string(w.public_source);
  if (source.starts_with("[gk]")) return std::string(w.general_knowledge);
  if (source.starts_with("[inf]")) return std::string(w.inference);
  // "import: FILE row N (exported DATE)": a registry export (chainmap import).
  if (source.starts_with("import:")) {
    const std::size_t date = source.find("(exported ");
    if (date == std::string_view::npos) return std::string(w.registry);
    const std::size_t from = date + std::string_view("(exported ").size();
    const std::size_t to = source.find(')', from);
    return Fill(w.registry_dated,
                {source.substr(from, to == std::string_view::npos ? to : to - from)});
  }
  const std::size_t space = source.find(' ');
  const std::string_view document = source.substr(0, space);
  const std::string_view section =
      space == std::string_view::npos ? std::string_view() : NextWord(source, space);
  std::string text;
  if (const Document* d = zone.FindDocument(document)) text = "《" + d->title + "》";
  if (text.empty())
    text = HasLatin(document) ? std::string(w.zone_document) : std::string(document);
  if (!section.empty() && !HasLatin(section)) text += " " + std::string(section);
  return text;
}

std::vector<std::string> SourceTexts(const Zone& zone, const std::vector<std::string>& sources) {
  std::vector<std::string> texts;
  for (const std::string& s : sources)
    if (std::string text = SourceText(zone, s);
        std::find(texts.begin(), texts.end(), text) == texts.end())
      texts.push_back(std::move(text));
  return texts;
}

}  // namespace chainmap
