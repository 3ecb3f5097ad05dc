#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "src/model/wording.h"
#include "src/model/zone.h"

// Used by every layer that shows a source to a person: maps, the deck, the report.

namespace chainmap {

/// A record's source as a leader reads it: a document cited by its title and section
/// ("《济源高新区2024年上半年工作总结及下半年工作谋划》二(二)") when the zone's `documents`
/// table (zone.json: file name → title) gives the title, "公开资料" for "[pub] …",
/// "公开常识" for "[gk] …", "分析推断" for "[inf] …", "工商登记数据（导出于 DATE）" for
/// "import: FILE row N (exported DATE)"; never a file name, id or English note. Under
/// `Language::kEn` these labels are English (a document's title and section stay as the
/// document gives them).
std::string SourceText(const Zone& zone, std::string_view source,
                       Language language = Language::kZh);

/// The sources' texts (SourceText), each once, in order.
std::vector<std::string> SourceTexts(const Zone& zone, const std::vector<std::string>& sources);

}  // namespace chainmap
