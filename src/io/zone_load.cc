#include "src/io/zone_load.h"

#include "src/io/zone_load_messages.h"

namespace chainmap {

ZoneLoad::ZoneLoad(const ZoneFileReader& read, std::string display_dir)
    : read_(read), dir_(std::move(display_dir)) {
  while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
}

std::string ZoneLoad::Display(std::string_view name) const {
  if (dir_.empty() || dir_ == ".") return std::string(name);
  return dir_ + "/" + std::string(name);
}

std::unique_ptr<ZoneDocument> ZoneLoad::Parse(const std::string& name, bool required) {
  const std::string file = Display(name);
  std::optional<std::string> text;
  try {
    text = read_(name);
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) sink_.Add(d);
    return nullptr;
  }
  if (!text) {
    if (required) sink_.Add({Severity::kError, file, {}, "", NotAZoneDirectoryMessage(dir_)});
    return nullptr;
  }
  try {
    return std::make_unique<ZoneDocument>(ZoneDocument{file, JsonDocument::Parse(*text)});
  } catch (const JsonSyntaxError& e) {
    sink_.Add({Severity::kError, file, e.position(), "", e.what()});
    return nullptr;
  }
}

bool ZoneLoad::Exists(const std::string& name) const {
  try {
    return read_(name).has_value();
  } catch (const InputError&) {
    return true;
  }
}

void ZoneLoad::MarkUnloaded(const std::string& chain, const std::string& file) {
  unloaded_chains_.emplace(chain, file);
}

bool ZoneLoad::CountIfUnloaded(const std::string& chain) {
  if (!unloaded_chains_.count(chain)) return false;
  ++unchecked_references_[chain];
  return true;
}

void ZoneLoad::ReportUncheckedReferences() {
  for (const auto& [chain, count] : unchecked_references_)
    sink_.Add({Severity::kError,
               unloaded_chains_.at(chain),
               {},
               "",
               UncheckedReferencesMessage(chain, count)});
}

std::string Where(const ZoneDocument& doc, const std::string& pointer) {
  const TextPosition p = doc.json.PositionOf(pointer);
  return doc.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

}  // namespace chainmap
