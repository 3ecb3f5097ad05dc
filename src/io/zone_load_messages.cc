#include "src/io/zone_load_messages.h"

#include "src/io/suggest.h"
#include "src/io/zone_load_fields.h"
#include "src/model/enums.h"

namespace chainmap {

std::string NotAZoneDirectoryMessage(const std::string& dir) {
  return "file not found: is '" + (dir.empty() ? std::string(".") : dir) +
         "' a zone directory? (see docs/format.md)";
}

std::string UncheckedReferencesMessage(const std::string& chain, std::size_t count) {
  return std::to_string(count) + (count == 1 ? " reference" : " references") + " to chain '" +
         chain + "' in other files not checked until this file loads: fix it and run again";
}

std::string DuplicateIdMessage(std::string_view record, const std::string& id,
                               const std::string& first_at) {
  return "duplicate " + std::string(record) + " id '" + id + "' (first at " + first_at + ")";
}

std::string UnknownChainMessage(const std::string& chain, const std::vector<std::string>& known,
                                const std::string& ref) {
  return "unknown chain '" + chain + "'" + (ref.empty() ? "" : " in '" + ref + "'") +
         DidYouMean(chain, known);
}

std::string UnknownLinkMessage(const std::string& ref, const std::vector<std::string>& known) {
  return "unknown link '" + ref + "'" + DidYouMean(ref, known);
}

std::string UnknownProjectStageMessage(const std::string& stage) {
  return "unknown project stage '" + stage + "' (use " + std::string(ProjectStageChoices()) + ")";
}

std::string NoSourceMessage(const std::string& what) {
  return what + " has no source: add \"source\" (seed file and section, \"[pub] …\" or \"[gk]\")";
}

std::string SelfEdgeMessage(const std::string& id) {
  return "link '" + id + "' cannot feed into itself: remove this edge";
}

std::string NotADateMessage(const std::string& text) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    for (std::size_t i = at; i < at + n; ++i)
      if (text[i] < '0' || text[i] > '9') return false;
    return true;
  };
  // Well-formed but not on the calendar: say which month is too short.
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(0, 4) && digits(5, 2) &&
      digits(8, 2)) {
    const int year = std::stoi(text.substr(0, 4)), month = std::stoi(text.substr(5, 2));
    if (month >= 1 && month <= 12)
      return "'" + text + "' is not a date: " + text.substr(0, 7) + " has " +
             std::to_string(DaysInMonth(year, month)) + " days";
  }
  return "'" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD";
}

}  // namespace chainmap
