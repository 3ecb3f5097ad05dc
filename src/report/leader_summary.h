#pragma once

#include <nlohmann/json.hpp>

#include "render/one_page_pdf.h"
#include "src/analysis/zone_analysis.h"

namespace chainmap {

/// 领导一页纸: what a leader reads first, as one page of tables: the zone's completeness
/// (全链 and 可本地化, 现状 and 远景), each chain's 链长 and 强/弱/缺/在补, the zone's
/// stated targets beside what was reached and expected (facts with a measure), the top
/// ten recruitment targets (现状) with their contact status, and the projects by stage.
/// Everything is Chinese, figures with units, documents by title; a 链长制 field the
/// documents leave empty reads 文件未载明. `vision` must be analysed with an assume_stage.
/// Under `Language::kEn` the fixed wording and the chains' and links' names are English;
/// enterprise and project names, the documents' measures, their figures and the targets'
/// reasons stay as the data and the analysis give them (Chinese).
OnePage BuildLeaderSummary(const ZoneAnalysis& now, const ZoneAnalysis& vision,
                           Language language = Language::kZh);

/// The same page as data for the report page: {title, subtitle, columns: [[{heading,
/// header, rows, note}]], footer}.
nlohmann::ordered_json LeaderSummaryJson(const OnePage& page);

}  // namespace chainmap
