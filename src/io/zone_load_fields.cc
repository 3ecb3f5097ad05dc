#include "src/io/zone_load_fields.h"

#include <algorithm>
#include <ctime>

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
  if (text.size() == 10) {
    if (!(digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2)))
      return false;
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
  }
  return false;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string Today() {
  const std::time_t now = std::time(nullptr);
  // Local time: a planner in Beijing (UTC+8) who dates a zone today before 08:00 would
  // otherwise be told the date is in the future.
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

bool IsValidIndustryCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 5 || code[0] < 'A' || code[0] > 'T') return false;
  for (std::size_t i = 1; i < code.size(); ++i)
    if (code[i] < '0' || code[i] > '9') return false;
  return true;
}

std::string DateField(RecordReader& r, std::string_view key, bool required,
                      std::string_view latest) {
  auto text = r.String(key, required);
  if (!text) return {};
  if (!IsValidDate(*text)) {
    r.Error(key, NotADateMessage(*text));
    return {};
  }
  if (!latest.empty() && DateAfter(*text, latest)) {
    r.Error(key, "'" + *text + "' is after the zone's as_of '" + std::string(latest) +
                     "': nothing in the zone can be dated after its data (fix the date, or "
                     "as_of in zone.json)");
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
