#include "src/io/index_page.h"

#include <algorithm>
#include <cmath>

#include "src/io/number_format.h"
#include "src/io/xml_escape.h"

namespace chainmap {
namespace {

std::string Percent(double value) {
  return std::to_string(static_cast<int>(std::lround(value * 100))) + "%";
}

std::string E(std::string_view text) { return XmlEscape(text); }

constexpr std::string_view kStyle = R"(
body { font-family: "Noto Sans CJK SC", "Noto Sans", sans-serif; margin: 2em auto;
       max-width: 1200px; color: #222; }
h1 { margin-bottom: 0.2em; } .sub { color: #666; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 0.4em 0.6em; text-align: left;
         vertical-align: top; }
th { background: #f3f5f8; white-space: nowrap; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
img.overview { width: 100%; border: 1px solid #ddd; }
.bar { display: inline-block; height: 0.7em; background: #0072b2; }
.small { color: #666; font-size: 0.9em; }
)";

}  // namespace

void WriteIndexPage(std::ostream& out, const ZoneAnalysis& analysis, const IndexPageLinks& links) {
  const Zone& zone = analysis.zone();
  const Completeness& total = analysis.gaps().zone_completeness();
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<title>" << E(zone.name.zh) << " 产业链图谱与清单</title>\n<style>" << kStyle
      << "</style>\n</head>\n<body>\n";
  out << "<h1>" << E(zone.name.zh) << " 产业链图谱与清单</h1>\n";
  out << "<p class=\"sub\">" << E(zone.name.en) << (zone.name.en.empty() ? "" : " · ") << "截至 "
      << E(zone.as_of) << " · " << zone.chains().size() << " 条产业链 · " << total.links
      << " 个环节 · 完整度 " << Percent(total.value) << "（强 " << total.strong << "，弱 "
      << total.weak << "，在补 " << total.filling << "，缺 " << total.missing << "）";
  if (const auto stage = analysis.options().assume_stage)
    out << " · 远景：视" << E(ChineseLabel(*stage)) << "及以后阶段的项目为已建成";
  out << "</p>\n";

  const auto format_links = [&](const std::string& stem) {
    std::string html;
    for (const std::string& f : links.map_formats)
      html += (html.empty() ? "" : " · ") + std::string("<a href=\"maps/") + E(stem) + "." + E(f) +
              "\">" + E(f) + "</a>";
    return html;
  };
  if (!links.map_formats.empty()) {
    const std::string first = links.map_formats.front() == "pdf" && links.map_formats.size() > 1
                                  ? links.map_formats[1]
                                  : links.map_formats.front();
    out << "<h2>总览</h2>\n";
    if (first != "pdf")
      out << "<p><a href=\"maps/overview." << E(first)
          << "\"><img class=\"overview\" src=\"maps/overview." << E(first)
          << "\" alt=\"产业链总览\"></a></p>\n";
    out << "<p>总览图：" << format_links("overview") << "</p>\n";
  }

  out << "<h2>产业链</h2>\n<table>\n<tr><th>产业链</th><th>全链完整度</th><th>可本地化完整度</"
         "th><th>强 / 弱 / 在补 / 缺</th>"
         "<th>首要招引目标（前三个缺口各一）</th><th>图谱</th></tr>\n";
  const TargetRanking& ranking = analysis.targets();
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    const Completeness& cc = analysis.gaps().chains()[c].total;
    std::vector<const Target*> best;
    // The best target of each of the three most pressing gaps (one per link).
    for (const Target& t : ranking.targets())
      if (t.link.chain == c && best.size() < 3 &&
          std::none_of(best.begin(), best.end(),
                       [&](const Target* b) { return b->link == t.link; }))
        best.push_back(&t);
    out << "<tr><td><b>" << E(chain.name.zh) << "</b><br><span class=\"small\">" << E(chain.id)
        << (chain.name.en.empty() ? "" : " · " + E(chain.name.en)) << "</span></td>";
    out << "<td class=\"num\">" << Percent(cc.value)
        << "<br><span class=\"bar\" style=\"width:" << std::lround(cc.value * 80)
        << "px\"></span></td>";
    out << "<td class=\"num\">" << Percent(analysis.gaps().chains()[c].localizable.value)
        << "</td>";
    out << "<td class=\"num\">" << cc.strong << " / " << cc.weak << " / " << cc.filling << " / "
        << cc.missing << "</td><td>";
    for (const Target* t : best)
      out << E(zone.enterprises()[t->candidate].DisplayName()) << " → "
          << E(zone.link(t->link).name.zh) << " <span class=\"small\">("
          << FormatNumber(std::round(t->score.total * 100) / 100) << ")</span><br>";
    out << "</td><td>" << format_links(chain.id) << "</td></tr>\n";
  }
  out << "</table>\n";

  const auto list = [&](const char* title, const std::vector<std::string>& paths) {
    if (paths.empty()) return;
    out << "<h2>" << title << "</h2>\n<ul>\n";
    for (const std::string& p : paths)
      out << "<li><a href=\"" << E(p) << "\">" << E(p) << "</a></li>\n";
    out << "</ul>\n";
  };
  list("分析报告", links.reports);
  list("清单", links.lists);
  list("数据导出", links.exports);
  out << "<p class=\"small\">由 chainmap " << CHAINMAP_VERSION
      << " 生成。每条记录的来源见各清单与 JSON 数据；状态与评分规则见 docs/analysis.md。</p>\n"
      << "</body>\n</html>\n";
}

}  // namespace chainmap
