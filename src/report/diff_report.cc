#include "src/report/diff_report.h"

#include <cmath>

#include <nlohmann/json.hpp>
#include <sstream>

#include "src/io/number_format.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json Opt(const std::optional<T>& v) {
  return v ? Json(ToString(*v)) : Json(nullptr);
}

Json Num(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json ProjectJson(const ProjectChange& c) {
  return Json{{"id", c.id},
              {"name", c.name},
              {"old_stage", Opt(c.old_stage)},
              {"new_stage", Opt(c.new_stage)},
              {"old_investment_yi", Num(c.old_investment)},
              {"new_investment_yi", Num(c.new_investment)}};
}

Json List(const std::vector<ProjectChange>& list) {
  Json out = Json::array();
  for (const ProjectChange& c : list) out.push_back(ProjectJson(c));
  return out;
}

std::string Stage(const std::optional<ProjectStage>& s) {
  return s ? std::string(ChineseLabel(*s)) : "—";
}
std::string Status(const std::optional<LinkStatus>& s) {
  return s ? std::string(ChineseLabel(*s)) : "无此环节";
}
std::string Gap(const std::optional<GapType>& g) {
  if (!g || *g == GapType::kNone) return "";
  return std::string(ChineseLabel(*g));
}
std::string Percent(const std::optional<double>& v) { return v ? PercentText(*v, 1) : "—"; }
std::string Money(const std::optional<double>& v) { return v ? YiText(*v) : "未给出"; }

/// The diff as sections of lines; text and Markdown differ only in how they show them.
struct Section {
  std::string title;
  std::vector<std::string> lines;
};

std::vector<Section> Sections(const ZoneDiff& d) {
  std::vector<Section> out;
  auto projects = [&](const std::string& title, const std::vector<ProjectChange>& list, auto line) {
    Section s{title + "（" + std::to_string(list.size()) + " 个）", {}};
    for (const ProjectChange& c : list) s.lines.push_back(line(c));
    out.push_back(std::move(s));
  };
  projects("新增项目", d.added, [](const ProjectChange& c) {
    return c.name + "：" + Stage(c.new_stage) + "，" + Money(c.new_investment);
  });
  projects("推进的项目", d.advanced, [](const ProjectChange& c) {
    return c.name + "：" + Stage(c.old_stage) + " → " + Stage(c.new_stage);
  });
  projects("阶段倒退的项目", d.set_back, [](const ProjectChange& c) {
    return c.name + "：" + Stage(c.old_stage) + " → " + Stage(c.new_stage);
  });
  projects("投资额变化的项目", d.amount_changed, [](const ProjectChange& c) {
    return c.name + "：" + Money(c.old_investment) + " → " + Money(c.new_investment);
  });
  projects("不再列出的项目", d.removed,
           [](const ProjectChange& c) { return c.name + "（原为" + Stage(c.old_stage) + "）"; });
  Section links{"环节状态变化（" + std::to_string(d.links.size()) + " 个）", {}};
  for (const LinkChange& l : d.links) {
    links.lines.push_back(l.chain_name + "·" + l.link_name + "：" + LinkChangeText(l));
  }
  out.push_back(std::move(links));
  Section complete{"完整度", {}};
  for (const CompletenessChange& c : d.completeness)
    complete.lines.push_back((c.chain.empty() ? "全区" : c.name) + "：" + Percent(c.old_value) +
                             " → " + Percent(c.new_value));
  out.push_back(std::move(complete));
  Section targets{"招商目标前 " + std::to_string(d.top) + " 名的变化", {}};
  for (const TargetChange& t : d.targets)
    targets.lines.push_back(std::string(t.entered ? "进入" : "退出") + "：" + t.candidate_name +
                            "（" + t.link_name + "，" + (t.entered ? "现第 " : "原第 ") +
                            std::to_string(t.rank) + " 名）");
  out.push_back(std::move(targets));
  return out;
}

}  // namespace

std::string ChangeMapNote(const ZoneDiff& diff, std::size_t changed) {
  return "紫色“变化”一行：与 " + ChineseDate(diff.old_as_of) +
         "相比状态或缺口类型有变化的环节（本链 " + std::to_string(changed) + " 个）";
}

std::string LinkChangeText(const LinkChange& l) {
  std::string text = Status(l.old_status) + " → " + Status(l.new_status);
  if (Gap(l.old_gap) != Gap(l.new_gap))
    text += "（" + (Gap(l.old_gap).empty() ? "无缺口" : Gap(l.old_gap)) + " → " +
            (Gap(l.new_gap).empty() ? "无缺口" : Gap(l.new_gap)) + "）";
  return text;
}

void WriteDiffJson(const ZoneDiff& d, std::ostream& out) {
  Json root{{"old_as_of", d.old_as_of}, {"new_as_of", d.new_as_of}};
  root["projects"] = Json{{"added", List(d.added)},
                          {"removed", List(d.removed)},
                          {"advanced", List(d.advanced)},
                          {"set_back", List(d.set_back)},
                          {"amount_changed", List(d.amount_changed)}};
  Json links = Json::array();
  for (const LinkChange& l : d.links)
    links.push_back({{"link", l.link},
                     {"name", l.link_name},
                     {"old_status", Opt(l.old_status)},
                     {"new_status", Opt(l.new_status)},
                     {"old_gap", Opt(l.old_gap)},
                     {"new_gap", Opt(l.new_gap)}});
  root["links"] = std::move(links);
  Json completeness = Json::array();
  for (const CompletenessChange& c : d.completeness)
    completeness.push_back({{"chain", c.chain.empty() ? Json(nullptr) : Json(c.chain)},
                            {"name", c.name},
                            {"old", Num(c.old_value)},
                            {"new", Num(c.new_value)}});
  root["completeness"] = std::move(completeness);
  Json entered = Json::array(), left = Json::array();
  for (const TargetChange& t : d.targets)
    (t.entered ? entered : left)
        .push_back({{"link", t.link},
                    {"candidate", t.candidate},
                    {"name", t.candidate_name},
                    {"rank", t.rank}});
  root["targets"] = Json{{"top", d.top}, {"entered", entered}, {"left", left}};
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

void WriteDiffText(const ZoneDiff& d, std::ostream& out) {
  out << ChineseDate(d.old_as_of) << " → " << ChineseDate(d.new_as_of) << "\n";
  for (const Section& s : Sections(d)) {
    out << "\n" << s.title << "\n";
    if (s.lines.empty()) out << "  无\n";
    for (const std::string& l : s.lines) out << "  " << l << "\n";
  }
}

void WriteDiffMarkdown(const ZoneDiff& d, std::ostream& out) {
  out << "# 产业链图谱变化：" << ChineseDate(d.old_as_of) << " → " << ChineseDate(d.new_as_of)
      << "\n";
  for (const Section& s : Sections(d)) {
    out << "\n## " << s.title << "\n\n";
    if (s.lines.empty()) out << "无\n";
    for (const std::string& l : s.lines) out << "- " << l << "\n";
  }
}

}  // namespace chainmap
