#include "src/io/zone_load_fields.h"

#include "src/io/zone_load_messages.h"

namespace chainmap {

bool IsValidDate(std::string_view text) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    if (text.size() < at + n) return false;
    for (std::size_t i = at; i < at + n; ++i)
      if (text[i] < '0' || text[i] > '9') return false;
    return true;
  };
  const auto number = [&](std::size_t at, std::size_t n) {
    return std::stoi(std::string(text.substr(at, n)));
  };
  if (text.size() == 4) return digits(0, 4);
  if (text.size() == 7)
    return digits(0, 4) && text[4] == '-' && digits(5, 2) && number(5, 2) >= 1 &&
           number(5, 2) <= 12;
  if (text.size() == 10)
    return digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2) &&
           number(5, 2) >= 1 && number(5, 2) <= 12 && number(8, 2) >= 1 && number(8, 2) <= 31;
  return false;
}

bool IsValidIndustryCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 5 || code[0] < 'A' || code[0] > 'T') return false;
  for (std::size_t i = 1; i < code.size(); ++i)
    if (code[i] < '0' || code[i] > '9') return false;
  return true;
}

std::string DateField(RecordReader& r, std::string_view key, bool required) {
  auto text = r.String(key, required);
  if (!text) return {};
  if (!IsValidDate(*text)) {
    r.Error(key, NotADateMessage(*text));
    return {};
  }
  return *text;
}

std::optional<ProjectStage> ProjectStageField(RecordReader& r) {
  auto stage = r.String("stage", true);
  if (!stage) return std::nullopt;
  if (auto parsed = ParseProjectStage(*stage)) return parsed;
  r.Error("stage", UnknownProjectStageMessage(*stage));
  return std::nullopt;
}

void CheckSource(RecordReader& r, const Sources& source, const std::string& what) {
  if (source.empty()) r.Warning("", NoSourceMessage(what));
}

}  // namespace chainmap
