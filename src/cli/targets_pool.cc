#include "src/cli/targets_pool.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "src/analysis/link_status_analysis.h"
#include "src/io/candidate_pool.h"
#include "src/io/registry_reader.h"

namespace chainmap {

Zone ZoneWithPool(const Zone& zone, const std::string& pool, const std::string& sheet,
                  std::size_t keep, std::ostream& err) {
  const auto start = std::chrono::steady_clock::now();
  LinkStatusAnalysis status(zone);
  status.Run();
  std::vector<LinkKey> gaps;
  for (std::size_t c = 0; c < zone.chains().size(); ++c)
    for (std::size_t l = 0; l < zone.chains()[c].links().size(); ++l)
      if (status.state({c, l}).status != LinkStatus::kStrong) gaps.push_back({c, l});

  CandidatePool candidates(zone, gaps, keep);
  RegistryReadOptions options;
  options.sheet = sheet;
  options.max_reported = 20;
  const RegistryFileInfo info =
      ReadRegistryCells(pool, options, [&](const RegistryHeader& header, const RawRow& raw) {
        return candidates.AddCells(header, raw);
      });
  const std::string date = RegistryExportDate(pool);
  std::vector<Enterprise> firms =
      candidates.Take(std::filesystem::path(pool).filename().string(), date);

  // The zone's own records and local enterprises stay; its external candidates (and their
  // projects) make way for the pool's firms.
  Zone out;
  out.id = zone.id;
  out.name = zone.name;
  out.as_of = zone.as_of;
  out.region = zone.region;
  out.note = zone.note;
  out.source = zone.source;
  out.settings = zone.settings;
  out.cross_edges = zone.cross_edges;
  out.facts = zone.facts;
  out.clusters = zone.clusters;  // Project::cluster indexes them
  out.documents = zone.documents;
  out.extra = zone.extra;
  out.file_extra = zone.file_extra;
  for (const Chain& chain : zone.chains()) out.AddChain(chain);
  std::vector<std::optional<std::size_t>> new_index(zone.enterprises().size());
  for (std::size_t i = 0; i < zone.enterprises().size(); ++i)
    if (zone.enterprises()[i].local) {
      new_index[i] = out.enterprises().size();
      out.AddEnterprise(zone.enterprises()[i]);
    }
  for (Project p : zone.projects()) {
    if (p.enterprise && !new_index[*p.enterprise]) continue;
    if (p.enterprise) p.enterprise = new_index[*p.enterprise];
    // Partners index the enterprises too: the local ones move, the external ones are gone.
    std::vector<std::size_t> partners;
    for (const std::size_t e : p.partners)
      if (new_index[e]) partners.push_back(*new_index[e]);
    p.partners = std::move(partners);
    out.AddProject(std::move(p));
  }
  for (Enterprise& e : firms) out.AddEnterprise(std::move(e));

  for (const Diagnostic& d : info.bad_rows) err << FormatDiagnostic(d) << "\n";
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const PoolCounts& n = candidates.counts();
  char speed[128];
  std::snprintf(speed, sizeof speed, "%.2f s, %.0f rows/s, %.1f MB/s", seconds,
                static_cast<double>(info.data_rows) / std::max(seconds, 1e-9),
                static_cast<double>(info.bytes) / 1e6 / std::max(seconds, 1e-9));
  err << "pool " << pool << " (" << EncodingName(info.kind) << "): " << info.data_rows
      << " rows: " << n.closed << " closed, " << n.local << " local, " << n.known
      << " already in the zone, " << n.off_gaps << " on no gap link, " << n.on_gaps
      << " on gap links, " << info.bad_row_count << " bad; kept " << firms.size() << " firms for "
      << gaps.size() << " gap links; read in " << speed << "\n";
  return out;
}

}  // namespace chainmap
