#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/io/diagnostic.h"
#include "src/io/json_document.h"
#include "src/io/link_reference_table.h"
#include "src/io/zone_loader.h"
#include "src/model/zone.h"

namespace chainmap {

/// Reads one file of a zone as ZoneFileReader does, as an InputText (mapped if large).
using ZoneFileMapper = std::function<std::shared_ptr<const InputText>(const std::string& name)>;

/// One parsed file of a zone, with its name as displayed in messages.
struct ZoneDocument {
  std::string file;
  JsonDocument json;
};

/// The state of one zone load, shared by the loaders of each kind of file: the zone
/// being built, the findings, and what one file needs to know about the others.
class ZoneLoad {
 public:
  ZoneLoad(const ZoneFileReader& read, std::string display_dir, const LoadOptions& options = {});

  const LoadOptions& options() const { return options_; }

  /// Reads files through `map` instead (the directory loader: large files are mapped).
  void MapFiles(ZoneFileMapper map) { map_ = std::move(map); }

  /// `name` as shown in messages ("steel.json" → "chains/steel.json").
  std::string Display(std::string_view name) const;
  /// Reads a file of the zone whole; null when missing (reported if required) or
  /// unreadable (reported).
  std::shared_ptr<const InputText> ReadText(const std::string& name, bool required);
  /// Parses a file of the zone; null when missing (reported if required) or broken.
  std::unique_ptr<ZoneDocument> Parse(const std::string& name, bool required);
  /// Whether the zone has a file called `name` (a read error counts as present).
  bool Exists(const std::string& name) const;

  /// Resolves "chain/link" as Zone::FindLink does, through a table of every link of the
  /// chains loaded so far: a million records name links a million times, and a table
  /// of a few thousand references stays in the cache where the chains' links do not.
  std::optional<LinkKey> FindLink(std::string_view reference);

  DiagnosticSink& sink() { return sink_; }
  Zone& zone() { return zone_; }
  const Zone& zone() const { return zone_; }

  /// A chain listed in zone.json whose file has not loaded (yet): references into it
  /// are counted, not reported one by one.
  void MarkUnloaded(const std::string& chain, const std::string& file);
  void MarkLoaded(const std::string& chain) { unloaded_chains_.erase(chain); }
  /// Counts a reference into `chain` if it is unloaded; false if it is not.
  bool CountIfUnloaded(const std::string& chain);
  /// One error per unloaded chain with references to it.
  void ReportUncheckedReferences();

  /// The kinds of record kept in record files.
  enum class RecordKind { kEnterprise, kProject };
  /// Keeps the text of a record file for positions in its records; its slot.
  std::uint8_t AddRecordFile(const std::string& name, std::shared_ptr<const InputText> text);
  /// Remembers where the record just added to the zone starts (the next index of `kind`).
  void AddRecordOrigin(RecordKind kind, std::uint8_t slot, const JsonDocument& record);
  void ReserveRecordOrigins(RecordKind kind, std::size_t count) {
    origins_[static_cast<int>(kind)].reserve(origins_[static_cast<int>(kind)].size() + count);
  }
  /// "file:line:column" of `pointer` ("/id") inside record `index` of `kind`.
  std::string WhereRecord(RecordKind kind, std::size_t index, const std::string& pointer) const;

  /// Per chain id, its file as displayed.
  std::map<std::string, std::string> chain_files;
  /// Per chain id, its parsed file, kept for the positions of later findings.
  std::map<std::string, std::unique_ptr<ZoneDocument>> chain_docs;
  /// Per USCC, the id of the enterprise that has it.
  std::map<std::string, std::string> uscc_owner;
  /// A tie naming an enterprise by id, checked once both enterprise files are read.
  struct PendingTie {
    std::string enterprise, file;
    TextPosition position;
    std::string pointer;
  };
  std::vector<PendingTie> pending_ties;

 private:
  const ZoneFileReader& read_;
  ZoneFileMapper map_;
  std::string dir_;
  LoadOptions options_;
  DiagnosticSink sink_;
  Zone zone_;
  std::map<std::string, std::string> unloaded_chains_;
  std::map<std::string, std::size_t> unchecked_references_;
  /// "chain/link" → its key, for the first link_table_chains_ chains.
  LinkReferenceTable link_table_;
  std::size_t link_table_chains_ = 0;
  struct RecordFile {
    std::string file;  // as displayed
    std::shared_ptr<const InputText> text;
  };
  std::vector<RecordFile> record_files_;
  /// Where a record starts: 16 bytes per record, instead of a position per value.
  struct RecordOrigin {
    std::uint64_t offset : 56;
    std::uint64_t slot : 8;
    TextPosition start;
  };
  std::vector<RecordOrigin> origins_[2];
};

/// "file:line:column" of the value at `pointer` in `doc`.
std::string Where(const ZoneDocument& doc, const std::string& pointer);
std::string Where(const std::string& file, const JsonDocument& doc, const std::string& pointer);

}  // namespace chainmap
