// chainmap import: add enterprises from a registry export (XLSX or CSV) to a zone.
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/cli/import_report.h"
#include "src/cli/keep_until_exit.h"
#include "src/cli/lock_wait.h"
#include "src/io/atomic_file.h"
#include "src/io/number_format.h"
#include "src/io/registry_import.h"
#include "src/io/registry_reader.h"
#include "src/io/table_csv.h"
#include "src/io/zone_files.h"
#include "src/io/zone_loader.h"
#include "src/io/zone_lock.h"
#include "src/io/zone_saver.h"

namespace chainmap {

const std::string_view kImportHelp =
    "usage: chainmap import [ZONE] --enterprises FILE.xlsx|FILE.csv [--sheet NAME]\n"
    "                       [--dry-run] [--strict] [--csv DIR] [--export-date YYYY-MM-DD]\n"
    "                       [--wait SECONDS]\n"
    "\n"
    "Adds the firms of a registry export (企查查, 天眼查, 启信宝, 国家企业信用信息公示系统)\n"
    "to the zone in directory ZONE (default: chains), as downloaded: XLSX (first sheet or\n"
    "--sheet), or CSV in UTF-8 (with or without BOM) or GB18030/GBK, detected. Title rows\n"
    "above the header are skipped; the columns are recognised by the synonym table in\n"
    "docs/import.md and the report names those used and ignored.\n"
    "\n"
    "Each row is judged as a planner would: 注销/吊销/撤销/迁出… firms are skipped; a firm\n"
    "is local when its 所属省份/城市/区县 are the zone's region (zone.json \"region\"); it\n"
    "is placed on the link listing the most specific GB/T 4754 code covering its 国标行业,\n"
    "a tie broken by its 经营范围 and the links' keywords, else by keywords alone; it\n"
    "merges with an enterprise of the zone by USCC, then by name (legal forms, bracketed\n"
    "places, 集团/股份, 简称 and 曾用名 set aside), filling only empty fields. An invalid\n"
    "USCC is reported and the row kept without it. The decisions become a list of edits,\n"
    "shown with every row's decision and reason and each chain's statuses and completeness\n"
    "before -> after; then (without --dry-run) applied: enterprises.json and\n"
    "candidates.json are rewritten atomically under the zone's write lock; every changed\n"
    "record's source gains 'import: FILE row N (exported DATE)'.\n"
    "\n"
    "options:\n"
    "  --enterprises FILE  the export to import (required)\n"
    "  --sheet NAME        the XLSX sheet to read (default: the first)\n"
    "  --dry-run           report what would happen; write nothing\n"
    "  --strict            refuse the whole file at its first bad row\n"
    "  --csv DIR           also write the report as DIR/import-rows.csv and\n"
    "                      DIR/import-chains.csv\n"
    "  --export-date DATE  the export's date for sources (default: the workbook's\n"
    "                      modified date, or the file's)\n"
    "  --wait SECONDS      how long to wait for another writer of the zone (default 10)\n"
    "\n"
    "exit codes: 0 every row read, 2 bad input or usage, or some rows bad (reported as\n"
    "FILE:ROW:COLUMN and skipped; the good rows are still imported), 1 internal failure\n";

int RunImport(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const Args args("import", argv,
                  {{"--enterprises", true, ""},
                   {"--sheet", true, ""},
                   {"--dry-run", false, ""},
                   {"--strict", false, ""},
                   {"--csv", true, ""},
                   {"--export-date", true, ""},
                   kLockWaitOption});
  const auto path = args.Value("--enterprises");
  if (!path || path->empty())
    throw UsageError("chainmap import: missing --enterprises FILE (see 'chainmap import --help')");
  const std::filesystem::path dir = args.ZoneDir();
  const bool dry_run = args.Flag("--dry-run");
  std::optional<ZoneLock> lock;
  if (!dry_run && std::filesystem::is_directory(dir)) lock.emplace(dir, "import", LockWait(args));

  const LoadedZone loaded = LoadZoneDirectory(dir);
  if (loaded.zone.region.province.empty())
    throw InputError((dir / kZoneFile).string(),
                     "the zone has no \"region\": add e.g. \"region\": {\"province\": \"河南省\", "
                     "\"city\": \"济源市\"} so that import can tell local firms from others");
  RegistryReadOptions options;
  options.sheet = args.Value("--sheet").value_or("");
  options.strict = args.Flag("--strict");
  const std::string file_name = std::filesystem::path(*path).filename().string();
  const std::string export_date = args.Value("--export-date").value_or(RegistryExportDate(*path));
  // The importer and the zone after the edits hold a record per row: they are left to
  // the process's exit (KeepUntilExit), not freed one by one.
  RegistryImporter& importer =
      KeepUntilExit(std::make_unique<RegistryImporter>(loaded.zone, file_name, export_date));
  RegistryFileInfo info =
      ReadRegistryFile(*path, options, [&](const RegistryRow& row) { importer.Add(row); });
  info.export_date = export_date;  // the date the sources cite, given or read from the file
  for (const Diagnostic& d : info.bad_rows) err << FormatDiagnostic(d) << "\n";
  if (info.bad_row_count > info.bad_rows.size())
    err << info.file << ": " << (info.bad_row_count - info.bad_rows.size())
        << " more bad rows not listed\n";

  // The rows and the edits are reported before the edits are applied, so that applying
  // can move each new record into the zone instead of copying it; the edits leave the
  // chains alone, so the zone before names the links as the zone after would.
  WriteImportText(out, info, loaded.zone, importer.rows(), importer.edits());
  const auto csv_dir = args.Value("--csv");
  std::ostringstream rows_csv, chains_csv;
  if (csv_dir)
    WriteCsv(KeepUntilExit(std::make_unique<Table>(ImportRowsTable(loaded.zone, importer.rows()))),
             rows_csv);
  Zone& zone = KeepUntilExit(std::make_unique<Zone>(loaded.zone));
  auto& edits = KeepUntilExit(std::make_unique<std::deque<ZoneEdit>>(importer.TakeEdits()));
  ApplyZoneEditDeque(zone, std::move(edits));
  const std::vector<ChainEffect> effects = CompareChains(loaded.zone, zone);
  WriteImportChainsText(out, effects);
  if (csv_dir) {
    std::filesystem::create_directories(*csv_dir);
    WriteCsv(ImportChainsTable(effects), chains_csv);
    WriteFilesAtomically(
        {{std::filesystem::path(*csv_dir) / "import-rows.csv", rows_csv.str()},
         {std::filesystem::path(*csv_dir) / "import-chains.csv", chains_csv.str()}});
  }

  // Only the enterprise files may change. A dry run writes nothing, so it saves nothing.
  std::vector<std::pair<std::filesystem::path, std::string>> changed;
  if (!dry_run) {
    const auto before = SaveZone(loaded.zone);
    auto after = SaveZone(zone);
    for (auto& [name, content] : after) {
      const auto old = before.find(name);
      const bool same = old != before.end() && old->second == content;
      if (name != kEnterprisesFile && name != kCandidatesFile) {
        if (!same) throw std::logic_error("import would change " + name);
        continue;
      }
      if (!same) changed.emplace_back(dir / name, std::move(content));
    }
  }
  // The saved files are not loaded again to check them: that the saver's output loads is
  // the saver's contract, tested by zone_saver_test and the import fuzz checks, and the
  // reload cost a third of the time of a large import.

  std::size_t counts[4] = {0, 0, 0, 0};
  for (const RowReport& r : importer.rows()) ++counts[static_cast<int>(r.decision)];
  out << "\nimported " << counts[0] << " new, merged " << counts[1] << ", unchanged " << counts[2]
      << ", skipped " << counts[3] << ", bad " << info.bad_row_count << " of "
      << FormatCount(info.data_rows, "row", "rows") << "\n";
  if (dry_run) {
    out << "dry run: nothing written\n";
  } else if (changed.empty()) {
    out << "the zone is unchanged\n";
  } else {
    WriteFilesAtomically(changed);
    out << "wrote";
    for (const auto& [p, content] : changed) out << " " << p.string();
    out << "\n";
  }
  return info.bad_row_count == 0 ? 0 : 2;
}

}  // namespace chainmap
