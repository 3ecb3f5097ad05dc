#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "src/model/wording.h"
#include "src/model/zone.h"

namespace chainmap {

/// A source as a list of sources cites it (the source notes of the maps, the summary, the
/// report, the deck): a zone document by its title and the period it reports,
/// "《济源高新区2024年上半年工作总结及下半年工作谋划》（2024 年 6 月）", followed by the
/// section when `with_section` (" 二(二)"); a document without a date by its title alone;
/// any other source as SourceText (src/model/source_text.h) gives it.
/// Under `Language::kEn` the date and the labels are English; a title stays as it is.
std::string CitedSource(const Zone& zone, std::string_view source, bool with_section,
                        Language language = Language::kZh);

/// The sources as CitedSource gives them, each document once in the order first met, with
/// its sections (when `with_section`) after it: "《…》（2024 年 6 月） 二(一)、二(三)".
std::vector<std::string> CitedSources(const Zone& zone, const std::vector<std::string>& sources,
                                      bool with_section, Language language = Language::kZh);

}  // namespace chainmap
