#include "src/extract/project_names.h"

#include <algorithm>
#include <array>

#include "src/extract/stage_cues.h"

namespace chainmap {
namespace {

// Openers of a clause that come before the project it names, from many summaries'
// phrasing: adverbs (全力, 加快), verbs of pushing (推动, 推进, 跟踪), of planning and
// recruiting (谋划, 引进, 对接), and connectives (其中, 同时, 与, 对).
constexpr std::array<std::string_view, 66> kLeadWords{
    "全力以赴", "集中力量", "其中", "同时", "另外", "此外", "全力", "全速", "加快", "加速", "加紧",
    "加大",     "积极",     "重点", "持续", "着力", "密切", "有序", "专人", "跟踪", "推动", "推进",
    "实施",     "谋划",     "确保", "力争", "争取", "支持", "引进", "配套", "盘活", "对接", "服务",
    "保障",     "抓好",     "做好", "抓实", "设立", "新建", "启动", "促进", "一批", "全面", "大力",
    "扎实",     "强力",     "引育", "招引", "协调", "围绕", "依托", "聚焦", "加强", "深入", "力促",
    "计划",     "跟进",     "不断", "提高", "将",   "对",   "与",   "以",   "拟",   "和",   "在"};

// Words that say what kind of project, not which one.
constexpr std::array<std::string_view, 51> kGenericWords{
    "亿元以上", "明年",   "今年",     "去年", "新入库", "新引进", "新开工", "专项债", "中高端",
    "下半年",   "上半年", "产业链条", "重点", "意向",   "签约",   "在建",   "优质",   "一批",
    "年度",     "建设",   "产业",     "高端", "招商",   "后续",   "储备",   "谋划",   "重大",
    "全年",     "入库",   "引进",     "实施", "各类",   "相关",   "投资",   "工业",   "开工",
    "续建",     "竣工",   "省级",     "市级", "备案",   "其他",   "这些",   "多个",   "若干",
    "新",       "该",     "此",       "等",   "的",     "各"};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

std::string_view StripLeadWords(std::string_view text) {
  for (bool changed = true; changed;) {
    changed = false;
    // "在济设立", "在郑州设立": a place and a verb of founding.
    if (StartsWith(text, "在")) {
      const std::size_t found = text.find("设立");
      if (found != std::string_view::npos && found <= 3 + 3 * 4) {
        text.remove_prefix(found + std::string_view("设立").size());
        changed = true;
      }
    }
    for (std::string_view w : kLeadWords) {
      if (!changed && StartsWith(text, w) && text.size() > w.size()) {
        text.remove_prefix(w.size());
        changed = true;
      }
    }
  }
  return text;
}

bool StartsWithCount(std::string_view name) {
  std::size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  if (digits > 0 &&
      (StartsWith(name.substr(digits), "个") || StartsWith(name.substr(digits), "余个") ||
       StartsWith(name.substr(digits), "多个")))
    return true;
  return StartsWith(name, "一批") || StartsWith(name, "多个") || StartsWith(name, "若干") ||
         StartsWith(name, "一系列");
}

bool IsGenericName(std::string_view name) {
  if (StartsWithCount(name)) return true;
  for (std::string_view bad : {"—", "(", ")", "“", "”", "《", "》", "，", "。", "、"})
    if (name.find(bad) != std::string_view::npos) return true;
  std::string rest(name);
  for (std::string_view project : {"项目"})
    for (std::size_t p = rest.find(project); p != std::string::npos; p = rest.find(project))
      rest.erase(p, project.size());
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view w : kGenericWords) {
      for (std::size_t p = rest.find(w); p != std::string::npos; p = rest.find(w)) {
        rest.erase(p, w.size());
        changed = true;
      }
    }
  }
  // Two Chinese characters (6 bytes) at least must remain to name something.
  return rest.size() < 6;
}

std::string_view CutNameTail(std::string_view candidate) {
  const std::size_t project = candidate.find("项目");
  if (project != std::string_view::npos)
    return candidate.substr(0, project + std::string_view("项目").size());
  for (const StageCue& cue : FindStageCues(candidate))
    if (cue.pos > 0) return candidate.substr(0, cue.pos);
  for (std::string_view tail : {"建设", "落地", "完成"}) {
    const std::size_t p = candidate.find(tail);
    if (p != std::string_view::npos && p > 0) return candidate.substr(0, p);
  }
  return candidate;
}

}  // namespace chainmap
