#include "src/extract/summary_extractor.h"

#include <algorithm>
#include <cmath>
#include <regex>

#include "src/extract/project_mentions.h"
#include "src/extract/proposal_merge.h"
#include "src/extract/stage_cues.h"
#include "src/extract/summary_figures.h"
#include "src/io/number_format.h"

namespace chainmap {
namespace {

/// A clause (between commas) of one semicolon part of a sentence.
struct Clause {
  std::string text;
  std::vector<ProjectMention> mentions;
  std::size_t marker = std::string::npos;  ///< First target marker in the clause.
  bool target_mode = false;                ///< Events here are aims (marker here or before).
};

std::vector<std::string> Split(std::string_view text,
                               std::initializer_list<std::string_view> seps) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= text.size();) {
    std::string_view sep;
    for (std::string_view s : seps)
      if (text.substr(i, s.size()) == s) sep = s;
    if (i == text.size() || !sep.empty()) {
      std::string part(text.substr(begin, i - begin));
      for (std::string_view stop : {"。", "！", "？"})
        if (part.ends_with(stop)) part.resize(part.size() - stop.size());
      if (!part.empty()) out.push_back(std::move(part));
      i += sep.empty() ? 1 : sep.size();
      begin = i;
    } else {
      ++i;
    }
  }
  return out;
}

/// The year a heading or title names ("2024 年" → 2024), or 0.
int FirstYear(std::string_view text) {
  static const std::regex year("(20[0-9]{2}) ?年");
  std::match_results<std::string_view::const_iterator> m;
  if (std::regex_search(text.begin(), text.end(), m, year)) return std::stoi(m[1].str());
  return 0;
}

/// Whether the text speaks of a year after the document's (明年, "2025 年" in a 2024 summary).
bool SpeaksOfNextYear(std::string_view text, int year) {
  if (text.find("明年") != std::string_view::npos || text.find("来年") != std::string_view::npos ||
      text.find("下一年") != std::string_view::npos)
    return true;
  static const std::regex any_year("(20[0-9]{2}) ?年(?!度)");
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), any_year); it != std::sregex_iterator();
       ++it)
    if (year > 0 && std::stoi((*it)[1].str()) > year) return true;
  return false;
}

/// A heading that announces plans (下半年工作思路, 2025 年工作计划).
bool IsPlanHeading(std::string_view headings) {
  for (std::string_view w :
       {"计划", "思路", "打算", "安排", "展望", "下半年", "明年", "重点工作", "工作重点"})
    if (headings.find(w) != std::string_view::npos) return true;
  return false;
}

/// What a stretch of text says about a stage: current cues (by strength) and aims.
struct Reading {
  std::optional<StageCue> current;
  std::optional<StageCue> weak;
  std::optional<StageCue> target;
};

void Read(std::string_view text, bool target_mode, std::size_t marker, Reading& r) {
  for (StageCue cue : FindStageCues(text)) {
    const bool aim = cue.kind == CueKind::kEvent && (target_mode || cue.pos > marker);
    if (aim) {
      if (!r.target || cue.stage > r.target->stage) r.target = cue;
    } else if (cue.kind == CueKind::kWeak) {
      if (!r.weak) r.weak = cue;
    } else if (!r.current || cue.stage > r.current->stage) {
      r.current = cue;
    }
  }
}

std::string StripMarkers(std::string text) {
  for (std::string_view m : {"确保", "力争", "争取", "推动"})
    if (text.starts_with(m)) text.erase(0, m.size());
  return text;
}

/// The enterprise a lead clause names for the projects after it: "与工业富联高层密集对接".
std::string LeadEnterprise(std::string_view clause) {
  const std::size_t with = clause.find("与");
  if (with == std::string_view::npos) return {};
  if (clause.find("对接") == std::string_view::npos &&
      clause.find("洽谈") == std::string_view::npos &&
      clause.find("合作") == std::string_view::npos)
    return {};
  std::string_view rest = clause.substr(with + std::string_view("与").size());
  std::size_t end = rest.size();
  for (std::string_view stop :
       {"高层", "等", "做好", "密集", "深度", "对接", "洽谈", "合作", "开展"})
    end = std::min(end, rest.find(stop));
  const std::string_view name = rest.substr(0, end);
  if (name.find("、") != std::string_view::npos || name.size() < 6) return {};
  return std::string(name);
}

std::string NamedEnterprise(std::string_view name) {
  for (std::string_view w : {"有限公司", "集团", "公司"}) {
    const std::size_t p = name.find(w);
    if (p != std::string_view::npos && p > 0) return std::string(name.substr(0, p + w.size()));
  }
  return {};
}

class PartReader {
 public:
  PartReader(const SummarySentence& sentence, bool plan, bool next_year, Extraction& out)
      : sentence_(sentence), plan_(plan), next_year_(next_year), out_(out) {}

  void Run(std::string_view part) {
    std::vector<Clause> clauses;
    bool carry = next_year_;
    for (std::string& text : Split(part, {"，", "：", ","})) {
      Clause c;
      c.marker = FindTargetMarker(text);
      if (SaysNow(text)) carry = false;  // 已, 目前: said of now, even in a plan
      c.target_mode = carry;
      if (c.marker != std::string::npos) carry = true;
      c.mentions = FindProjectMentions(text);
      c.text = std::move(text);
      clauses.push_back(std::move(c));
    }
    for (std::size_t i = 0; i < clauses.size(); ++i) AttachLaterAmounts(clauses, i);
    for (std::size_t i = 0; i < clauses.size(); ++i) {
      const auto& ms = clauses[i].mentions;
      for (std::size_t k = 0; k < ms.size(); ++k)
        if (!ms[k].aggregate) Propose(clauses, i, k);
    }
    ReadFacts(clauses, part);
  }

 private:
  /// "X 项目投资 2.6 亿元", "X 项目，总投资 3 亿元": an amount right after a project
  /// named without one is its amount.
  void AttachLaterAmounts(std::vector<Clause>& clauses, std::size_t i) {
    auto& ms = clauses[i].mentions;
    for (std::size_t k = 0; k < ms.size(); ++k) {
      ProjectMention& m = ms[k];
      if (m.investment_yi || m.aggregate) continue;
      const bool last = k + 1 == ms.size();
      std::size_t clause = i, from = m.name_end;
      std::string_view rest = std::string_view(clauses[i].text).substr(from);
      if (rest.empty() && last && i + 1 < clauses.size() && clauses[i + 1].mentions.empty()) {
        clause = i + 1, from = 0;
        rest = clauses[i + 1].text;
      }
      for (std::string_view word : {"计划总投资", "总投资", "投资"}) {
        if (!rest.starts_with(word)) continue;
        const std::vector<FigureSpan> figures = FindFigures(rest);
        if (figures.empty() || !ToYi(figures.front().figure) ||
            figures.front().begin > word.size() + 6)
          break;
        m.investment_yi = ToYi(figures.front().figure);
        m.investment_word = true;
        attached_.emplace_back(clause, from + figures.front().begin);
        break;
      }
    }
  }

  /// The group of mentions joined by 、 or 以及 that mention k belongs to, as [first, last].
  static std::pair<std::size_t, std::size_t> Group(const Clause& c, std::size_t k) {
    auto joined = [&](std::size_t a) {
      const std::string_view gap = std::string_view(c.text).substr(
          c.mentions[a].name_end, c.mentions[a + 1].span_begin - c.mentions[a].name_end);
      return gap.ends_with("、") || gap.ends_with("以及") || gap.ends_with("和");
    };
    std::size_t first = k, last = k;
    while (first > 0 && joined(first - 1)) --first;
    while (last + 1 < c.mentions.size() && joined(last)) ++last;
    return {first, last};
  }

  void Propose(const std::vector<Clause>& clauses, std::size_t i, std::size_t k) {
    const Clause& c = clauses[i];
    const ProjectMention& m = c.mentions[k];
    const auto [first, last] = Group(c, k);
    const std::string_view text = c.text;
    const std::string_view prefix = text.substr(0, c.mentions[first].span_begin);
    const std::size_t own_end =
        k + 1 < c.mentions.size() ? c.mentions[k + 1].span_begin : text.size();
    std::string own_tail(text.substr(m.name_end, own_end - m.name_end));
    for (std::string_view sep : {"、", "以及", "和"})
      if (own_tail.ends_with(sep)) own_tail.resize(own_tail.size() - sep.size());
    std::string tail = own_tail;
    if (tail.empty() && k < last) {
      const ProjectMention& end = c.mentions[last];
      const std::size_t stop =
          last + 1 < c.mentions.size() ? c.mentions[last + 1].span_begin : text.size();
      tail = std::string(text.substr(end.name_end, stop - end.name_end));
    }

    Reading own;
    Read(prefix, c.target_mode, c.marker, own);
    Read(tail, c.target_mode || c.marker < m.span_begin, FindTargetMarker(tail), own);
    ProjectProposal p;
    p.name = m.name;
    p.investment_yi = m.investment_yi;
    p.enterprise = NamedEnterprise(m.name);
    p.source = {sentence_.text, sentence_.section, sentence_.line};
    double confidence = m.form == MentionForm::kFigure   ? (m.investment_word ? 0.9 : 0.8)
                        : m.form == MentionForm::kList   ? 0.75
                        : m.form == MentionForm::kQuoted ? 0.6
                                                         : 0.65;

    // Where the clause does not say, the clauses before it that name no project lead in
    // ("全力服务在建项目，确保…"), then those after it.
    std::optional<StageCue> stage = own.current ? own.current : own.weak;
    std::optional<StageCue> target = own.target;
    double stage_factor = 1.0;
    std::string target_text;
    if (!stage) {
      for (std::size_t j = i; j-- > 0 && !stage;) {
        if (!clauses[j].mentions.empty()) continue;
        Reading lead;
        Read(clauses[j].text, clauses[j].target_mode, clauses[j].marker, lead);
        stage = lead.current ? lead.current : lead.weak;
        if (stage) stage_factor = 0.9;
        if (p.enterprise.empty()) p.enterprise = LeadEnterprise(clauses[j].text);
      }
    } else if (p.enterprise.empty()) {
      for (std::size_t j = i; j-- > 0;)
        if (clauses[j].mentions.empty() && p.enterprise.empty())
          p.enterprise = LeadEnterprise(clauses[j].text);
    }
    for (std::size_t j = i + 1; j < clauses.size() && clauses[j].mentions.empty(); ++j) {
      Reading after;
      Read(clauses[j].text, clauses[j].target_mode, clauses[j].marker, after);
      if (!stage && after.current) {
        stage = after.current;
        stage_factor = 0.8;
      }
      if (!target && (after.target || clauses[j].marker != std::string::npos)) {
        target = after.target;
        target_text = StripMarkers(clauses[j].text);
      }
    }
    if (target && target_text.empty()) {
      const std::size_t from = c.marker < m.span_begin ? c.marker : m.span_begin;
      std::string lead(text.substr(from, m.span_begin - from));
      const std::string_view deadline = FindDeadline(lead);
      target_text = std::string(deadline) + tail;
      if (target_text.find("等") == 0) {
        const std::size_t project = target_text.find("项目");
        if (project != std::string::npos)
          target_text.erase(0, project + std::string_view("项目").size());
      }
    }
    if (!stage && target) {
      if (const auto before = StageBeforeTarget(*target)) {
        p.stage = before;
        p.stage_cue = "目标：" + std::string(target->text);
        stage_factor = 0.75;
      }
    }
    if (!stage && !p.stage) {
      // A heading such as "签约项目" or "在建项目" says what its items are.
      Reading heading;
      Read(sentence_.headings, false, std::string::npos, heading);
      if (heading.current && heading.current->kind == CueKind::kState) {
        stage = heading.current;
        stage_factor = 0.7;
      }
    }
    if (stage) {
      p.stage = stage->stage;
      p.stage_cue = std::string(stage->text);
    } else if (!p.stage) {
      p.stage = ProjectStage::kPlanned;
      p.stage_cue = plan_ ? "计划中提及" : "";
      stage_factor = plan_ ? 0.6 : 0.5;
    }
    if (target) p.target_stage = target->stage;
    p.target = target_text;
    p.confidence = Round2(confidence * stage_factor);
    out_.projects.push_back(std::move(p));
  }

  void ReadFacts(const std::vector<Clause>& clauses, std::string_view part) {
    FactProposal f;
    for (const Clause& c : clauses) {
      for (const FigureSpan& fig : FindFigures(c.text)) {
        const std::size_t index = static_cast<std::size_t>(&c - clauses.data());
        const bool in_project = std::any_of(c.mentions.begin(), c.mentions.end(),
                                            [&](const ProjectMention& m) {
                                              return !m.aggregate && fig.begin >= m.span_begin &&
                                                     fig.begin < m.name_end;
                                            }) ||
                                std::find(attached_.begin(), attached_.end(),
                                          std::make_pair(index, fig.begin)) != attached_.end();
        if (!in_project) f.figures.push_back(fig.figure);
      }
    }
    if (f.figures.empty()) return;
    std::string text(part);
    for (std::string_view stop : {"。", "；", ";"})
      if (text.ends_with(stop)) text.resize(text.size() - stop.size());
    if (text.starts_with("其中，")) text.erase(0, std::string_view("其中，").size());
    auto has = [&](std::string_view where, std::initializer_list<std::string_view> words) {
      return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
        return where.find(w) != std::string_view::npos;
      });
    };
    // An aim is said where the first figure stands (or just before); a threshold anywhere.
    std::string lead;
    for (std::size_t i = 0; i < clauses.size(); ++i) {
      if (FindFigures(clauses[i].text).empty()) continue;
      lead = (i > 0 ? clauses[i - 1].text : "") + clauses[i].text;
      break;
    }
    // An aim is a target. Else a threshold is named as one (门槛), or, outside plans, says
    // "no less than"; else a plan's figure is a target.
    const bool aim = FindTargetMarker(lead) != std::string::npos || has(lead, {"将"});
    const bool planned = aim || plan_ || next_year_;
    const bool threshold = !aim && (has(text, {"门槛", "准入线", "达标线"}) ||
                                    (!planned && has(text, {"不低于", "不少于"})));
    if (threshold) {
      f.kind = FactProposal::Kind::kThreshold;
    } else if (planned) {
      f.kind = FactProposal::Kind::kTarget;
    } else if (has(text, {"总投资", "合计", "累计", "共计", "个项目", "个重点项目", "总额"})) {
      f.kind = FactProposal::Kind::kTotal;
    }
    f.text = std::move(text);
    f.confidence = 0.8;
    f.source = {sentence_.text, sentence_.section, sentence_.line};
    out_.facts.push_back(std::move(f));
  }

  const SummarySentence& sentence_;
  std::vector<std::pair<std::size_t, std::size_t>>
      attached_;  ///< (clause, byte) of amounts attached.
  bool plan_;
  bool next_year_;
  Extraction& out_;
};

}  // namespace

Extraction ExtractSummary(const SummaryText& text) {
  Extraction out;
  out.title = text.title;
  int year = FirstYear(text.title);
  if (year == 0 && !text.sentences.empty()) year = FirstYear(text.sentences.front().text);
  if (year > 0) out.year = std::to_string(year);
  for (const SummarySentence& s : text.sentences) {
    const bool plan = IsPlanHeading(s.headings);
    const bool next_year = SpeaksOfNextYear(s.text, year) || SpeaksOfNextYear(s.headings, year);
    for (const std::string& part : Split(s.text, {"；", ";"})) {
      PartReader(s, plan, next_year, out).Run(part);
    }
  }
  MergeMentions(out);
  SeparateParkTotals(out);
  return out;
}

}  // namespace chainmap
