#include "src/extract/project_mentions.h"

#include <algorithm>
#include <array>

#include "src/extract/project_names.h"
#include "src/extract/summary_figures.h"

namespace chainmap {
namespace {

constexpr std::string_view kProject = "项目";

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

/// The end of a name that starts at `from`: the first list separator or "等".
std::size_t NameEnd(std::string_view clause, std::size_t from) {
  std::size_t end = clause.size();
  for (std::string_view stop : {"、", "以及", "等", "，", "；", "。"}) {
    const std::size_t p = clause.find(stop, from);
    if (p != std::string_view::npos) end = std::min(end, p);
  }
  return end;
}

bool Overlaps(const std::vector<ProjectMention>& found, std::size_t begin, std::size_t end) {
  return std::any_of(found.begin(), found.end(), [&](const ProjectMention& m) {
    return begin < m.name_end && m.span_begin < end;
  });
}

/// A name holding a count of projects or enterprises ("另有 28 个重点意向").
bool HasCount(std::string_view name) {
  for (const FigureSpan& f : FindFigures(name))
    if (f.figure.unit == "个" || f.figure.unit == "家") return true;
  return false;
}

void AddNamed(std::vector<ProjectMention>& out, std::string_view clause, std::size_t begin,
              std::size_t end, MentionForm form) {
  std::string_view raw = clause.substr(begin, end - begin);
  std::string_view name = StripLeadWords(raw);
  begin += raw.size() - name.size();
  name = CutNameTail(name);
  if (name.empty() || IsGenericName(name) || HasCount(name)) return;
  ProjectMention m;
  m.name = std::string(name);
  m.form = form;
  m.span_begin = m.name_begin = begin;
  m.name_end = begin + name.size();
  out.push_back(std::move(m));
}

void FindFigureMentions(std::string_view clause, std::vector<ProjectMention>& out) {
  for (const FigureSpan& f : FindFigures(clause)) {
    const std::optional<double> yi = ToYi(f.figure);
    if (!yi) continue;
    std::size_t start = f.end;
    std::string_view after = clause.substr(start);
    if (StartsWith(after, "的")) {
      start += std::string_view("的").size();
    } else if (StartsWith(after, "涵盖") || StartsWith(after, "包括") ||
               StartsWith(after, "用于")) {
      const std::size_t de = after.rfind("的");
      if (de == std::string_view::npos) continue;
      start += de + std::string_view("的").size();
    } else {
      continue;
    }
    std::size_t end = NameEnd(clause, start);
    std::string_view name = CutNameTail(clause.substr(start, end - start));
    ProjectMention m;
    m.name = std::string(name);
    m.form = MentionForm::kFigure;
    std::size_t span = f.begin;
    for (std::string_view word : {"总投资", "投资", "计划投资", "总额"}) {
      if (EndsWith(clause.substr(0, f.begin), word)) {
        span = f.begin - word.size();
        m.investment_word = true;
        break;
      }
    }
    m.span_begin = span;
    m.name_begin = start;
    m.name_end = start + name.size();
    m.investment_yi = yi;
    m.aggregate = StartsWithCount(name) || IsGenericName(name);
    if (!name.empty()) out.push_back(std::move(m));
  }
}

/// "A、B、C 等（总投资 X 亿元的）（N 个）（重点）项目": the items A, B, C.
void FindListMentions(std::string_view clause, std::vector<ProjectMention>& out) {
  const std::vector<ProjectMention> figures = out;
  for (std::size_t deng = clause.find("等"); deng != std::string_view::npos;
       deng = clause.find("等", deng + 1)) {
    if (Overlaps(figures, deng, deng + 1)) continue;
    const std::size_t project = clause.find(kProject, deng);
    const std::size_t stop = std::min(clause.find("、", deng), clause.find("，", deng));
    if (project == std::string_view::npos || project > stop || project - deng > 60) continue;
    std::size_t item_begin = 0;
    for (const ProjectMention& m : out)
      if (m.name_end <= deng && m.form != MentionForm::kFigure)
        item_begin = std::max(item_begin, m.name_end);
    const std::string_view region = clause.substr(item_begin, deng - item_begin);
    if (region.find("一批") != std::string_view::npos) {
      // "一批 A、B、C 等项目": one batch, named by its kinds.
      const std::size_t batch = region.find("一批") + std::string_view("一批").size();
      ProjectMention m;
      m.name = std::string(region.substr(batch)) + "等项目";
      m.span_begin = m.name_begin = item_begin + batch;
      m.name_end = project + kProject.size();
      m.form = MentionForm::kList;
      if (!Overlaps(out, m.name_begin, deng)) out.push_back(std::move(m));
      continue;
    }
    std::size_t begin = item_begin;
    while (begin < deng) {
      std::size_t end = std::min(clause.find("、", begin), deng);
      const std::size_t also = clause.find("以及", begin);
      if (also < end) end = also;
      if (!Overlaps(figures, begin, end)) AddNamed(out, clause, begin, end, MentionForm::kList);
      begin = end + (clause.substr(end, 6) == "以及" ? 6 : 3);
    }
  }
}

void FindQuotedAndSingle(std::string_view clause, std::vector<ProjectMention>& out) {
  // An award won "凭借“X”项目" is research, not an investment project.
  const bool award =
      clause.find("凭借") != std::string_view::npos || clause.find("奖") != std::string_view::npos;
  for (std::size_t p = clause.find(kProject); p != std::string_view::npos;
       p = clause.find(kProject, p + 1)) {
    if (Overlaps(out, p, p + kProject.size())) continue;
    const std::string_view after = clause.substr(p + kProject.size());
    // "项目库", "项目建设", "项目前期": 项目 qualifies another noun here.
    bool qualifies = !after.empty() && after[0] >= '0' && after[0] <= '9';
    for (std::string_view noun : {"库", "建设", "前期", "准入", "预审", "选育", "谋划", "储备",
                                  "推进", "管理", "审批", "招引", "资金", "用地", "入驻", ")"})
      qualifies = qualifies || StartsWith(after, noun);
    if (qualifies) continue;
    if (EndsWith(clause.substr(0, p), "”")) {
      const std::size_t open = clause.rfind("“", p);
      if (open == std::string_view::npos || award) continue;
      const std::size_t begin = open + std::string_view("“").size();
      const std::size_t end = p - std::string_view("”").size();
      ProjectMention m;
      m.name = std::string(clause.substr(begin, end - begin));
      m.form = MentionForm::kQuoted;
      m.span_begin = open;
      m.name_begin = begin;
      m.name_end = p + kProject.size();
      if (!IsGenericName(m.name)) out.push_back(std::move(m));
      continue;
    }
    std::size_t begin = 0;
    for (const ProjectMention& m : out)
      if (m.name_end <= p) begin = std::max(begin, m.name_end);
    AddNamed(out, clause, begin, p + kProject.size(), MentionForm::kSingle);
  }
}

}  // namespace

std::vector<ProjectMention> FindProjectMentions(std::string_view clause) {
  std::vector<ProjectMention> out;
  FindFigureMentions(clause, out);
  FindListMentions(clause, out);
  FindQuotedAndSingle(clause, out);
  std::sort(out.begin(), out.end(), [](const ProjectMention& a, const ProjectMention& b) {
    return a.span_begin < b.span_begin;
  });
  return out;
}

}  // namespace chainmap
