// chainmap import: add enterprises from a registry CSV to a zone.
#include <filesystem>
#include <stdexcept>

#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/io/atomic_file.h"
#include "src/io/enterprise_csv.h"
#include "src/io/enterprise_csv_import.h"
#include "src/io/number_format.h"
#include "src/io/zone_files.h"
#include "src/io/zone_loader.h"
#include "src/io/zone_saver.h"

namespace chainmap {

const std::string_view kImportHelp =
    "usage: chainmap import [ZONE] --enterprises FILE.csv [--dry-run]\n"
    "\n"
    "Adds the enterprises in FILE.csv (UTF-8, Chinese or English headers: 企业名称/name,\n"
    "统一社会信用代码/uscc, 行业代码/industry_code, 所属环节/link, 营业收入/revenue in 亿元\n"
    "or 营业收入(万元), 所在地区/region, 标签/tags, 本地/local) to the zone in directory\n"
    "ZONE (default: chains). A row attaches to the links in 所属环节 (chain/link, a link\n"
    "id or a link's Chinese name), else to the links whose industry_codes match its\n"
    "行业代码. It merges into the enterprise with the same USCC, else the same name, adding\n"
    "links and tags and filling in empty fields (never overwriting); otherwise it becomes\n"
    "a new enterprise, local unless 本地 says 否. A bad row is reported as FILE:ROW:\n"
    "reason and not imported; the good rows are. Only enterprises.json and\n"
    "candidates.json are rewritten (atomically, in canonical form); every other file of\n"
    "the zone stays byte for byte as it was. Importing the same file again changes nothing.\n"
    "\n"
    "options:\n"
    "  --enterprises FILE  the CSV to import (required)\n"
    "  --dry-run           report what would happen; write nothing\n"
    "\n"
    "exit codes: 0 every row imported, 2 bad input or usage, or some rows rejected (the\n"
    "good rows are still imported), 1 internal failure\n";

int RunImport(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const Args args("import", argv, {{"--enterprises", true, ""}, {"--dry-run", false, ""}});
  const auto csv_path = args.Value("--enterprises");
  if (!csv_path || csv_path->empty())
    throw UsageError(
        "chainmap import: missing --enterprises FILE.csv (see 'chainmap import --help')");
  const std::filesystem::path dir = args.ZoneDir();
  const auto text = ReadFileIfExists(*csv_path);
  if (!text) throw InputError(*csv_path, "no such file");
  const EnterpriseCsv csv = ParseEnterpriseCsv(*text, *csv_path);

  const LoadedZone loaded = LoadZoneDirectory(dir);
  Zone zone = loaded.zone;
  const ImportReport report =
      ImportEnterprises(zone, csv, std::filesystem::path(*csv_path).filename().string());
  for (const Diagnostic& d : csv.notes) err << FormatDiagnostic(d) << "\n";
  for (const Diagnostic& d : report.rejected) err << FormatDiagnostic(d) << "\n";
  for (const Diagnostic& d : report.notes) err << FormatDiagnostic(d) << "\n";

  // Only the enterprise files may change; compare canonical forms before and after so
  // that a file not in canonical form on disk is left alone unless its records changed.
  const auto before = SaveZone(loaded.zone);
  const auto after = SaveZone(zone);
  std::vector<std::pair<std::filesystem::path, std::string>> changed;
  for (const auto& [name, content] : after) {
    const auto old = before.find(name);
    const bool same = old != before.end() && old->second == content;
    if (name != kEnterprisesFile && name != kCandidatesFile) {
      if (!same) throw std::logic_error("import would change " + name);
      continue;
    }
    if (!same) changed.emplace_back(dir / name, content);
  }
  // The written zone must load: a check on the importer, not on the user's input.
  ZoneFileReader reader = [&](const std::string& name) -> std::optional<std::string> {
    for (const auto& [path, content] : changed)
      if (path.filename() == name) return content;
    return ReadFileIfExists(dir / name);
  };
  try {
    LoadZone(reader, dir.string());
  } catch (const InputError& e) {
    throw std::logic_error(std::string("imported zone does not load: ") + e.what());
  }

  const std::size_t rows =
      report.imported + report.merged + report.unchanged + report.rejected.size();
  out << "imported " << report.imported << " new, merged " << report.merged << ", unchanged "
      << report.unchanged << ", rejected " << report.rejected.size() << " of "
      << FormatCount(rows, "row", "rows") << " from " << *csv_path << "\n";
  if (args.Flag("--dry-run")) {
    out << "dry run: nothing written\n";
  } else if (changed.empty()) {
    out << "the zone is unchanged\n";
  } else {
    WriteFilesAtomically(changed);
    out << "wrote";
    for (const auto& [path, content] : changed) out << " " << path.string();
    out << "\n";
  }
  return report.rejected.empty() ? 0 : 2;
}

}  // namespace chainmap
