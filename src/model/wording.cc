#include "src/model/wording.h"

namespace chainmap {

// The catalogues, one file each.
const Wording& ZhWording();
const Wording& EnWording();

std::optional<Language> ParseLanguage(std::string_view text) {
  if (text == "zh") return Language::kZh;
  if (text == "en") return Language::kEn;
  return std::nullopt;
}

std::string_view LanguageChoices() { return "zh, en"; }

const std::string& NameIn(const Names& names, Language language) {
  return language == Language::kEn && !names.en.empty() ? names.en : names.zh;
}

const Wording& WordingFor(Language language) {
  return language == Language::kEn ? EnWording() : ZhWording();
}

std::string Fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  out.reserve(pattern.size() + 16 * values.size());
  auto value = values.begin();
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' &&
        value != values.end()) {
      out += *value++;
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace chainmap
