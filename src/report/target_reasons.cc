#include "src/report/target_reasons.h"

#include <cmath>

#include "src/io/number_format.h"

namespace chainmap {
namespace {

/// Signals that differ by at least this many points are named in "why over the next".
constexpr double kNotable = 0.5;

std::string Km(double km) { return "约 " + FormatNumber(std::round(km / 10) * 10) + " 公里"; }

std::string ProjectText(const Zone& zone, std::size_t project) {
  const Project& p = zone.projects()[project];
  std::string out =
      "项目 " + (p.name.empty() ? p.id : p.name) + "（" + std::string(ChineseLabel(p.stage));
  if (p.investment) out += "，总投资 " + YiText(*p.investment);
  return out + "）";
}

std::string Strengths(const Enterprise& e) {
  std::string out;
  auto add = [&](std::string_view s) { out += (out.empty() ? "" : "、") + std::string(s); };
  if (e.role != Role::kNone) add(ChineseLabel(e.role));
  for (std::string_view tag : {"上市", "专精特新", "高新技术", "规上"})
    for (const std::string& t : e.tags)
      if (t.find(tag) != std::string::npos) {
        add(t);
        break;
      }
  if (const auto yi = e.revenue ? RevenueInYi(*e.revenue) : std::nullopt)
    add("营收 " + YiText(*yi));
  return out;
}

/// "项目在谈、距离更近" — the parts where `a` leads `b`.
std::string Leads(const TargetScore& a, const TargetScore& b) {
  std::string out;
  auto add = [&](double x, double y, std::string_view what) {
    if (x - y >= kNotable) out += (out.empty() ? "" : "、") + std::string(what);
  };
  add(a.named, b.named, "园区文件点名、项目更成熟");
  add(a.ties, b.ties, "与本地企业有关联");
  add(a.distance, b.distance, "距离更近");
  add(a.scale, b.scale, "规模更大");
  add(a.relatedness, b.relatedness, "与本地在链环节关联更多");
  return out;
}

}  // namespace

std::string TargetReason(const ZoneAnalysis& a, const Target& t) {
  const Zone& zone = a.zone();
  const TargetRanking& ranking = a.targets();
  const LinkState& state = a.status().state(t.link);
  const LinkCriticality& m = a.criticality().link(t.link);
  const CandidateSignals& s = ranking.signals(t.candidate);
  const Enterprise& e = zone.enterprises()[t.candidate];

  std::string out = std::string(ChineseLabel(t.gap)) + " " + zone.link(t.link).name.zh + "（" +
                    std::string(ChineseLabel(state.status)) + "）";
  if (m.gain > 0) out += "；可贯通 " + std::to_string(m.gain) + " 对源头—终端";
  if (m.dominated > 0) out += "；为 " + std::to_string(m.dominated) + " 个环节的必经环节";
  const GapPriority& p = ranking.priorities()[t.link.chain][t.link.link];
  if (p.centrality > 0) out += "；链内上下游供给路径经过此环节";
  if (p.local_neighbours > 0)
    out += "；紧邻 " + std::to_string(p.local_neighbours) + " 个本地已有环节";
  out += "；" + e.DisplayName();
  if (const std::string strengths = Strengths(e); !strengths.empty())
    out += "（" + strengths + "）";
  if (t.project)
    out += std::string(t.in_talks ? "；园区正在洽谈的" : "；园区文件所列") +
           ProjectText(zone, *t.project);
  else if (t.score.named > 0)
    out += "；园区文件提及";
  if (s.km) out += "；距园区" + Km(*s.km) + "（" + std::string(ChineseLabel(s.proximity)) + "）";
  if (s.tied_to)
    out +=
        "；与本地 " + zone.enterprises()[*s.tied_to].DisplayName() +
        (*s.tie_kind == TieKind::kGroup ? std::string(" 同属一个集团")
                                        : " 有" + std::string(ChineseLabel(*s.tie_kind)) + "关系");
  if (s.related_links > 0)
    out += "；所涉 " + std::to_string(s.related_links) + " 个环节与本地在链企业相邻";

  // Why this firm over the next one on the same link.
  const auto& rows = ranking.by_link()[t.link.chain][t.link.link];
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Target& here = ranking.targets()[rows[i]];
    if (here.candidate != t.candidate) continue;
    if (rows.size() == 1) {
      out += "；本环节唯一候选";
    } else if (i + 1 < rows.size()) {
      const Target& next = ranking.targets()[rows[i + 1]];
      const std::string leads = Leads(t.score, next.score);
      out += "；排在 " + zone.enterprises()[next.candidate].DisplayName() + " 之前";
      out += leads.empty() ? "（得分相近）" : "：" + leads;
    }
    break;
  }
  return out;
}

std::string CandidateGaps(const ZoneAnalysis& a, const CandidateView& view) {
  std::string out;
  for (std::size_t row : view.rows) {
    const Target& t = a.targets().all_rows()[row];
    out += (out.empty() ? "" : "、") + std::string(ChineseLabel(t.gap)) + " " +
           a.zone().link(t.link).name.zh;
  }
  return out;
}

}  // namespace chainmap
