#include "src/io/zone_loader.h"

#include "src/io/chain_file_loader.h"
#include "src/io/record_file_loader.h"
#include "src/io/zone_file_loader.h"
#include "src/io/zone_files.h"
#include "src/io/zone_findings.h"
#include "src/io/zone_load.h"

namespace chainmap {

LoadedZone LoadZone(const ZoneFileReader& read, const std::string& display_dir) {
  ZoneLoad load(read, display_dir);
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

LoadedZone LoadZoneDirectory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw InputError(dir.string(), std::filesystem::exists(dir, ec)
                                       ? "is not a directory: name a zone directory"
                                       : "no such directory: name a zone directory such "
                                         "as 'chains'");
  return LoadZone([&](const std::string& name) { return ReadFileIfExists(dir / name); },
                  dir.string());
}

}  // namespace chainmap
