// Loads a zone with the installed library, analyses it and prints each chain's
// completeness: the public headers, the library and its dependencies all resolve.
#include <iostream>

#include "src/analysis/zone_analysis.h"
#include "src/io/zone_loader.h"
#include "src/report/analysis_json.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer ZONE_DIR\n";
    return 2;
  }
  const chainmap::LoadedZone loaded = chainmap::LoadZoneDirectory(argv[1]);
  chainmap::ZoneAnalysis analysis(loaded.zone);
  analysis.Run();
  const auto json = chainmap::AnalysisToJson(analysis);
  std::cout << loaded.zone.chains().size() << " chains, " << json["chains"].size()
            << " in the report\n";
  return 0;
}
