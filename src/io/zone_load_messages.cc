#include "src/io/zone_load_messages.h"

#include "src/io/suggest.h"
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

std::string NotADateMessage(const std::string& text) {
  return "'" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD";
}

}  // namespace chainmap
