#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/model/enums.h"

namespace chainmap {

/// A figure as a document states it: 5.2 亿元, 38 个, 7.2 %.
struct StatedFigure {
  double value = 0;
  std::string unit;
  bool approximate = false;  ///< "60 余批次", "30 多家".
};

/// Where a proposal comes from: the sentence, its section ("二(三)") and line.
struct ExtractSource {
  std::string sentence;
  std::string section;
  std::size_t line = 0;
};

/// A project a summary names, as read from its wording.
struct ProjectProposal {
  std::string name;
  std::string enterprise;               ///< As named in the text; empty if none.
  std::optional<double> investment_yi;  ///< 亿元, 万元 converted.
  std::optional<ProjectStage> stage;    ///< The current stage; nullopt if not said.
  std::string stage_cue;                ///< The words the stage rests on.
  std::string target;  ///< The aim or deadline, verbatim ("年底前建成投产").
  std::optional<ProjectStage> target_stage;
  double confidence = 0;
  ExtractSource source;
  std::vector<ExtractSource> mentions;  ///< Further mentions, merged into this one.
  // Filled in against a zone (MatchZone); empty without one.
  std::string zone_project;  ///< Id of the zone's project with this name.
  std::string enterprise_id;
  std::vector<std::string> links;  ///< Likely links, "chain/link".
};

/// A total, target, threshold or indicator: kept as a fact, never as a project.
struct FactProposal {
  enum class Kind { kTotal, kTarget, kThreshold, kIndicator };
  Kind kind = Kind::kIndicator;
  std::string text;
  std::vector<StatedFigure> figures;
  double confidence = 0;
  ExtractSource source;
};

/// A project the zone already has whose stage the summary reports as further along.
struct StageChange {
  std::string project_id;
  std::string name;
  ProjectStage old_stage = ProjectStage::kPlanned;
  ProjectStage new_stage = ProjectStage::kPlanned;
  std::string target;
  double confidence = 0;
  ExtractSource source;
};

/// Everything read from one summary.
struct Extraction {
  std::string document;  ///< The summary's file name, as records will cite it.
  std::string title;
  std::string year;  ///< The year the summary reports on ("2024"), from its title.
  std::vector<ProjectProposal> projects;
  std::vector<FactProposal> facts;
  std::vector<StageChange> stage_changes;
};

/// "total", "target", "threshold", "indicator".
std::string_view ToString(FactProposal::Kind kind);
/// 总量, 目标, 门槛, 指标.
std::string_view ChineseLabel(FactProposal::Kind kind);

}  // namespace chainmap
