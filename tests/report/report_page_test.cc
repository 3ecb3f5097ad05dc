#include "src/report/report_page.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace chainmap {
namespace {

TEST_CASE("script-safe JSON: no name can close the script element", "[report]") {
  const nlohmann::ordered_json data = {{"name", "</script><img src=x onerror=alert(1)>"},
                                       {"note", "<!-- a & b -->"}};
  const std::string text = ScriptSafeJson(data);
  CHECK(text ==
        "{\"name\":\"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e\","
        "\"note\":\"\\u003c!-- a \\u0026 b --\\u003e\"}");
  // It reads back as the same data.
  CHECK(nlohmann::ordered_json::parse(text) == data);
}

TEST_CASE("report page: one data block, the maps inline, nothing fetched", "[report]") {
  ReportHtml in;
  in.title = "示例区 <b>产业链</b>";
  in.data = {{"zone", {{"name", "</script><script>alert(1)</script>"}}}};
  in.maps = {{"总览", "<svg id=\"o\"></svg>", std::nullopt},
             {"钢铁 & 材料", "<svg id=\"c0\"></svg>", 0}};
  in.status_css = ".st-strong .box{fill:#D4E6F5}\n";
  std::ostringstream out;
  WriteReportHtml(out, in);
  const std::string page = out.str();
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
  CHECK(page.find("<title>示例区 &lt;b&gt;产业链&lt;/b&gt;</title>") != std::string::npos);
  CHECK(page.find("Content-Security-Policy\" content=\"default-src 'none';") != std::string::npos);
  CHECK(page.find("<option value=\"1\">钢铁 &amp; 材料</option>") != std::string::npos);
  CHECK(page.find("<div class=\"map\" data-map=\"0\">\n<svg id=\"o\"></svg></div>") !=
        std::string::npos);
  CHECK(page.find("<div class=\"map\" data-map=\"1\" data-chain=\"0\" hidden>") !=
        std::string::npos);
  CHECK(page.find(".st-strong .box{fill:#D4E6F5}") != std::string::npos);
  // The data's name never appears as markup: the only </script> tags are the page's two.
  std::size_t closes = 0;
  for (std::size_t at = page.find("</script"); at != std::string::npos;
       at = page.find("</script", at + 1))
    ++closes;
  CHECK(closes == 2);
  // No address the browser could fetch: no src= or href= at all.
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("href=") == std::string::npos);
  CHECK(page.find("http://") == std::string::npos);
  CHECK(page.find("https://") == std::string::npos);
}

}  // namespace
}  // namespace chainmap
