#pragma once

#include <string_view>

namespace chainmap {

/// The report page's script (src/report/report_page.js), embedded at build time.
extern const std::string_view kReportScript;
/// The report page's stylesheet (src/report/report_page.css), embedded at build time.
extern const std::string_view kReportStyle;

}  // namespace chainmap
