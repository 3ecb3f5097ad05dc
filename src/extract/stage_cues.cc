#include "src/extract/stage_cues.h"

#include <algorithm>
#include <array>

namespace chainmap {
namespace {

struct CueWord {
  std::string_view text;
  ProjectStage stage;
  CueKind kind;
};

using S = ProjectStage;
using K = CueKind;

// The words summaries use for a project's stage, from 谋划 to 投产. The noun forms
// ("X项目") are states: they describe the project whatever the sentence aims at.
constexpr std::array kCues{
    CueWord{"谋划", S::kPlanned, K::kActivity},
    CueWord{"策划", S::kPlanned, K::kActivity},
    CueWord{"储备", S::kPlanned, K::kActivity},
    CueWord{"前期", S::kPlanned, K::kActivity},
    CueWord{"洽谈", S::kNegotiating, K::kActivity},
    CueWord{"磋商", S::kNegotiating, K::kActivity},
    CueWord{"对接", S::kNegotiating, K::kActivity},
    CueWord{"考察", S::kNegotiating, K::kActivity},
    CueWord{"接洽", S::kNegotiating, K::kActivity},
    CueWord{"意向项目", S::kNegotiating, K::kState},
    CueWord{"达成合作意向", S::kSigned, K::kEvent},
    CueWord{"达成意向", S::kSigned, K::kEvent},
    CueWord{"达成合作", S::kSigned, K::kEvent},
    CueWord{"签约项目", S::kSigned, K::kState},
    CueWord{"签约", S::kSigned, K::kEvent},
    CueWord{"签订", S::kSigned, K::kEvent},
    CueWord{"落地", S::kSigned, K::kEvent},
    CueWord{"在建", S::kConstruction, K::kState},
    CueWord{"续建", S::kConstruction, K::kState},
    CueWord{"施工", S::kConstruction, K::kState},
    CueWord{"提速建设", S::kConstruction, K::kState},
    CueWord{"加快建设", S::kConstruction, K::kState},
    CueWord{"加速建设", S::kConstruction, K::kState},
    CueWord{"开工", S::kConstruction, K::kEvent},
    CueWord{"主体完工", S::kConstruction, K::kEvent},
    CueWord{"主体建设", S::kConstruction, K::kEvent},
    CueWord{"设备安装", S::kConstruction, K::kEvent},
    CueWord{"设备入驻", S::kConstruction, K::kEvent},
    CueWord{"实施", S::kConstruction, K::kWeak},
    CueWord{"建成投产", S::kOperating, K::kEvent},
    CueWord{"竣工投产", S::kOperating, K::kEvent},
    CueWord{"建成投用", S::kOperating, K::kEvent},
    CueWord{"实现投产", S::kOperating, K::kEvent},
    CueWord{"投产", S::kOperating, K::kEvent},
    CueWord{"投用", S::kOperating, K::kEvent},
    CueWord{"达产", S::kOperating, K::kEvent},
    CueWord{"竣工", S::kOperating, K::kEvent},
    CueWord{"运营", S::kOperating, K::kEvent},
};

// Words that make what follows an aim rather than a fact: 确保/力争/争取 (ensure, strive),
// 计划/拟/预计 (plan, expect), 推动 (push for), deadlines and next year.
constexpr std::array<std::string_view, 17> kTargetMarkers{
    "确保", "力争", "争取", "推动", "计划", "拟",     "预计", "年底前", "年内",
    "尽快", "早日", "目标", "明年", "来年", "下一步", "力促", "将于"};

constexpr std::array<std::string_view, 5> kNowWords{"已", "目前", "现已", "截至", "正在"};

constexpr std::array<std::string_view, 6> kDeadlines{"年底前", "年内",   "年底",
                                                     "明年",   "下半年", "尽快"};

}  // namespace

std::vector<StageCue> FindStageCues(std::string_view text) {
  std::vector<StageCue> out;
  for (std::size_t pos = 0; pos < text.size();) {
    const CueWord* best = nullptr;
    for (const CueWord& c : kCues)
      if (text.substr(pos, c.text.size()) == c.text && (!best || c.text.size() > best->text.size()))
        best = &c;
    if (best) {
      out.push_back({pos, best->text, best->stage, best->kind});
      pos += best->text.size();
    } else {
      ++pos;
    }
  }
  return out;
}

std::size_t FindTargetMarker(std::string_view text) {
  std::size_t first = std::string_view::npos;
  for (std::string_view m : kTargetMarkers) first = std::min(first, text.find(m));
  return first;
}

bool SaysNow(std::string_view text) {
  return std::any_of(kNowWords.begin(), kNowWords.end(),
                     [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

std::string_view FindDeadline(std::string_view text) {
  for (std::string_view d : kDeadlines)
    if (text.find(d) != std::string_view::npos) return d;
  return {};
}

std::optional<ProjectStage> StageBeforeTarget(const StageCue& target) {
  switch (target.stage) {
    case ProjectStage::kOperating:
      return ProjectStage::kConstruction;
    case ProjectStage::kConstruction:
      return target.text == "开工" ? ProjectStage::kPlanned : ProjectStage::kConstruction;
    case ProjectStage::kSigned:
      return ProjectStage::kNegotiating;
    default:
      return std::nullopt;
  }
}

}  // namespace chainmap
