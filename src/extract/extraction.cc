#include "src/extract/extraction.h"

namespace chainmap {

std::string_view ToString(FactProposal::Kind kind) {
  switch (kind) {
    case FactProposal::Kind::kTotal:
      return "total";
    case FactProposal::Kind::kTarget:
      return "target";
    case FactProposal::Kind::kThreshold:
      return "threshold";
    case FactProposal::Kind::kIndicator:
      return "indicator";
  }
  return "";
}

std::string_view ChineseLabel(FactProposal::Kind kind) {
  switch (kind) {
    case FactProposal::Kind::kTotal:
      return "总量";
    case FactProposal::Kind::kTarget:
      return "目标";
    case FactProposal::Kind::kThreshold:
      return "门槛";
    case FactProposal::Kind::kIndicator:
      return "指标";
  }
  return "";
}

}  // namespace chainmap
