#include "src/io/zone_load.h"

#include "src/io/json_parser.h"
#include "src/io/zone_load_messages.h"

namespace chainmap {

ZoneLoad::ZoneLoad(const ZoneFileReader& read, std::string display_dir, const LoadOptions& options)
    : read_(read), dir_(std::move(display_dir)), options_(options) {
  while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
}

std::string ZoneLoad::Display(std::string_view name) const {
  if (dir_.empty() || dir_ == ".") return std::string(name);
  return dir_ + "/" + std::string(name);
}

std::shared_ptr<const InputText> ZoneLoad::ReadText(const std::string& name, bool required) {
  std::shared_ptr<const InputText> text;
  try {
    if (map_)
      text = map_(name);
    else if (auto read = read_(name))
      text = std::make_shared<const InputText>(std::move(*read));
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) sink_.Add(d);
    return nullptr;
  }
  if (!text) {
    if (required)
      sink_.Add({Severity::kError, Display(name), {}, "", NotAZoneDirectoryMessage(dir_)});
    return nullptr;
  }
  return text;
}

std::unique_ptr<ZoneDocument> ZoneLoad::Parse(const std::string& name, bool required) {
  auto text = ReadText(name, required);
  if (!text) return nullptr;
  const std::string file = Display(name);
  try {
    return std::make_unique<ZoneDocument>(ZoneDocument{file, JsonDocument::Parse(std::move(text))});
  } catch (const JsonSyntaxError& e) {
    sink_.Add({Severity::kError, file, e.position(), "", e.what()});
    return nullptr;
  }
}

std::optional<LinkKey> ZoneLoad::FindLink(std::string_view reference) {
  const std::vector<Chain>& chains = zone_.chains();
  if (link_table_chains_ != chains.size()) {  // chains are only added while loading
    // Add keeps the first of a repeated id.
    for (std::size_t c = link_table_chains_; c < chains.size(); ++c)
      for (std::size_t l = 0; l < chains[c].links().size(); ++l)
        link_table_.Add(chains[c].id + "/" + chains[c].links()[l].id, LinkKey{c, l});
    link_table_chains_ = chains.size();
  }
  return link_table_.Find(reference);
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

std::uint8_t ZoneLoad::AddRecordFile(const std::string& name,
                                     std::shared_ptr<const InputText> text) {
  record_files_.push_back({Display(name), std::move(text)});
  return static_cast<std::uint8_t>(record_files_.size() - 1);
}

void ZoneLoad::AddRecordOrigin(RecordKind kind, std::uint8_t slot, const JsonDocument& record) {
  origins_[static_cast<int>(kind)].push_back({record.begin(), slot, record.start()});
}

std::string ZoneLoad::WhereRecord(RecordKind kind, std::size_t index,
                                  const std::string& pointer) const {
  const RecordOrigin& origin = origins_[static_cast<int>(kind)].at(index);
  const RecordFile& file = record_files_.at(origin.slot);
  const TextPosition p = LocateInText(file.text->view(), origin.offset, origin.start, pointer);
  return file.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string Where(const std::string& file, const JsonDocument& doc, const std::string& pointer) {
  const TextPosition p = doc.PositionOf(pointer);
  return file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string Where(const ZoneDocument& doc, const std::string& pointer) {
  return Where(doc.file, doc.json, pointer);
}

}  // namespace chainmap
