#include "src/report/report_page.h"

#include <sstream>

#include "render/scene_svg.h"
#include "src/io/xml_escape.h"
#include "src/report/report_assets.h"
#include "src/report/report_data.h"

namespace chainmap {

std::string ScriptSafeJson(const nlohmann::ordered_json& data) {
  const std::string text = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  // '<', '>' and '&' occur only inside JSON strings, where \u escapes mean the same.
  for (char c : text) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

void WriteReportHtml(std::ostream& out, const ReportHtml& in) {
  const std::string title = XmlEscape(in.title);
  out << "<!DOCTYPE html>\n<html lang=\"" << XmlEscape(in.lang)
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // Nothing may leave the file: no fetch, image, font, frame or form target.
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
         "form-action 'none'; base-uri 'none'\">\n"
      << "<title>" << title << "</title>\n<style>\n"
      << kReportStyle << in.status_css << "</style>\n</head>\n<body>\n";
  out << "<header class=\"top\"><h1>" << title << "</h1><p class=\"sub\" id=\"headline\"></p>";
  if (!in.files.empty()) {
    out << "<nav class=\"files\" id=\"files\" aria-label=\"文件\">";
    for (std::size_t i = 0; i < in.files.size(); ++i) {
      const FileLink& f = in.files[i];
      const bool opens = i == 0 || f.group != in.files[i - 1].group;
      if (opens && i > 0) out << "</span>";
      if (opens) out << "<span class=\"group\">";
      if (opens && !f.group.empty()) out << "<b>" << XmlEscape(f.group) << "：</b>";
      out << "<a href=\"" << XmlEscape(f.href) << "\">" << XmlEscape(f.label) << "</a>";
    }
    out << "</span></nav>";
  }
  out << "</header>\n<section id=\"leader-summary\"></section>\n";
  out << "<nav class=\"toolbar\" id=\"toolbar\">"
         "<label>图谱 <select id=\"map-select\">";
  for (std::size_t i = 0; i < in.maps.size(); ++i)
    out << "<option value=\"" << i << "\">" << XmlEscape(in.maps[i].name) << "</option>";
  out << "</select></label>"
         "<span class=\"seg\" id=\"scenario\" role=\"group\" aria-label=\"情景\"></span>"
         "<span id=\"status-filter\" class=\"filters\"></span>"
         "<label>位置 <select id=\"position-filter\"><option value=\"\">全部</option></select>"
         "</label>"
         "<label>项目阶段 <select id=\"stage-filter\"><option value=\"\">全部</option></select>"
         "</label>"
         "<span class=\"search\"><input id=\"search\" type=\"search\" "
         "placeholder=\"搜索环节、企业、项目\" autocomplete=\"off\">"
         "<ul id=\"search-results\" hidden></ul></span></nav>\n";
  out << "<main class=\"work\"><section class=\"mapview\" id=\"mapview\">"
         "<div class=\"zoom\"><button id=\"zoom-in\" title=\"放大\">＋</button>"
         "<button id=\"zoom-out\" title=\"缩小\">－</button>"
         "<button id=\"zoom-reset\" title=\"复位\">复位</button></div>\n";
  for (std::size_t i = 0; i < in.maps.size(); ++i)
    out << "<div class=\"map\" data-map=\"" << i << "\""
        << (in.maps[i].chain ? " data-chain=\"" + std::to_string(*in.maps[i].chain) + "\"" : "")
        << (i == 0 ? "" : " hidden") << ">\n"
        << in.maps[i].svg << "</div>\n";
  out << "</section><aside class=\"panel\" id=\"panel\" hidden></aside></main>\n"
         "<section id=\"summary\"></section>\n<section id=\"targets\"></section>\n"
         "<section id=\"progress\"></section>\n<section id=\"facts\"></section>\n<section "
         "id=\"lists\"></section>\n"
         "<footer class=\"small\" id=\"footer\"></footer>\n";
  out << "<script type=\"application/json\" id=\"report-data\">" << ScriptSafeJson(in.data)
      << "</script>\n<script>\n"
      << kReportScript << "</script>\n</body>\n</html>\n";
}

ReportMap ReportMapFrom(const PositionedScene& map, std::string name,
                        std::optional<std::size_t> chain, std::size_t index) {
  std::ostringstream svg;
  WriteSceneSvg(svg, map, {"map" + std::to_string(index)});
  return {std::move(name), svg.str(), chain};
}

void WriteReportPage(std::ostream& out, const ReportPageInput& in) {
  ReportHtml html;
  html.title = Fill(WordingFor(in.language).page_title, {NameIn(in.now.zone().name, in.language)});
  html.data = ReportData({in.now, in.vision, in.lists, in.open_vision, in.language});
  html.lang = WordingFor(in.language).html_lang;
  html.status_css = SceneStatusCss();
  html.maps = in.maps;
  html.files = in.files;
  WriteReportHtml(out, html);
}

}  // namespace chainmap
