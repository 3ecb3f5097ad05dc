#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "src/io/record_reader.h"
#include "src/io/zone_load.h"

namespace chainmap {

/// Loads zone.json in two steps around the chain files: its header and the list of
/// chains first, then what refers to the chains' links (cross edges, facts).
class ZoneFileLoader {
 public:
  explicit ZoneFileLoader(ZoneLoad& load) : load_(load) {}

  /// A chain listed in zone.json: its id and where it is listed.
  struct ListedChain {
    std::string id;
    std::string pointer;
  };

  /// Reads the header and settings; the chains to load, in order. False when zone.json
  /// is missing or not an object (nothing else can be loaded).
  bool LoadHeader(std::vector<ListedChain>& chains);
  /// Cross edges, facts and unknown fields; call after the chain files.
  void LoadReferences();

  const ZoneDocument& document() const { return *doc_; }

 private:
  void LoadSettings(const std::string& pointer);
  void LoadCrossEdges();
  void LoadFacts();
  void LoadClusters();
  void LoadDocuments();

  ZoneLoad& load_;
  std::unique_ptr<ZoneDocument> doc_;
  std::optional<RecordReader> reader_;
};

}  // namespace chainmap
