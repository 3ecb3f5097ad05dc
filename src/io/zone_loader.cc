#include "src/io/zone_loader.h"

#include <algorithm>
#include <set>

#include "src/io/chain_file_loader.h"
#include "src/io/record_file_loader.h"
#include "src/io/zone_file_loader.h"
#include "src/io/zone_files.h"
#include "src/io/zone_findings.h"
#include "src/io/zone_load.h"

namespace chainmap {

namespace {

LoadedZone Load(ZoneLoad& load) {
  ZoneFileLoader zone_file(load);
  std::vector<ZoneFileLoader::ListedChain> chains;
  if (zone_file.LoadHeader(chains)) {
    for (const auto& chain : chains)
      LoadChainFile(load, chain.id, zone_file.document(), chain.pointer);
    zone_file.LoadReferences();
    LoadEnterpriseFile(load, std::string(kEnterprisesFile), true);
    LoadEnterpriseFile(load, std::string(kCandidatesFile), false);
    LoadProjectFile(load);
    load.ReportUncheckedReferences();
  }
  if (load.sink().error_count() > 0) throw InputError(load.sink().TakeErrors());
  AddStructureFindings(load);
  return {std::move(load.zone()), load.sink().TakeOthers()};
}

}  // namespace

LoadedZone LoadZone(const ZoneFileReader& read, const std::string& display_dir,
                    const LoadOptions& options) {
  ZoneLoad load(read, display_dir, options);
  return Load(load);
}

LoadedZone LoadZoneDirectory(const std::filesystem::path& dir, const LoadOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw InputError(dir.string(), std::filesystem::exists(dir, ec)
                                       ? "is not a directory: name a zone directory"
                                       : "no such directory: name a zone directory such "
                                         "as 'chains'");
  const ZoneFileReader read = [&](const std::string& name) { return ReadFileIfExists(dir / name); };
  ZoneLoad load(read, dir.string(), options);
  // The record files of a large zone are mapped: the pages the loader has read are
  // handed back as it goes, instead of the whole text held to the end.
  load.MapFiles([&](const std::string& name) { return InputText::MapFileIfExists(dir / name); });
  LoadedZone loaded = Load(load);
  // A chain file that zone.json does not list is not loaded: say so, once per file.
  std::set<std::string> known = {std::string(kZoneFile), std::string(kEnterprisesFile),
                                 std::string(kCandidatesFile), std::string(kProjectsFile)};
  for (const Chain& chain : loaded.zone.chains()) known.insert(chain.id + ".json");
  std::vector<std::string> unlisted;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".json" && !known.count(name)) unlisted.push_back(name);
  }
  std::sort(unlisted.begin(), unlisted.end());
  std::string shown = dir.string();
  while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
  for (const std::string& name : unlisted)
    loaded.findings.push_back(
        {Severity::kNote,
         shown + "/" + name,
         {},
         "",
         "not read: zone.json does not list '" + name.substr(0, name.size() - 5) +
             "' in \"chains\" (add it there to load this chain, or remove the file)"});
  return loaded;
}

}  // namespace chainmap
