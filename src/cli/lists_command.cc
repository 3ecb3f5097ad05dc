// chainmap lists: write the zone's lists (清单) as XLSX, CSV and Markdown.
#include <filesystem>
#include <set>
#include <sstream>

#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/io/atomic_file.h"
#include "src/io/list_files.h"
#include "src/io/output_file.h"
#include "src/io/table_csv.h"
#include "src/io/table_markdown.h"
#include "src/io/table_xlsx.h"
#include "src/io/zone_loader.h"
#include "src/report/list_registry.h"

namespace chainmap {

const std::string_view kListsHelp =
    "usage: chainmap lists [ZONE] -o DIR [--format xlsx,csv,md]\n"
    "\n"
    "Writes the lists (清单) of the zone in directory ZONE (default: chains) to DIR:\n"
    "  产业链企业清单   enterprises by chain and link, role, tags, local or candidate\n"
    "  重点项目清单     projects by stage, most advanced first\n"
    "  项目投资汇总     investment per chain and stage\n"
    "  缺链弱链清单     weak, filling and missing links: gap type, priority, top target\n"
    "  招商目标清单     every candidate for a gap link, ranked, with score and reason\n"
    "  产业链完整度汇总 completeness per chain and stage, links by status\n"
    "as lists.xlsx (one sheet per list), <list>.csv (UTF-8 with BOM, for Excel) and\n"
    "<list>.md (Markdown). DIR is created if needed; every file is written whole or not\n"
    "at all, and nothing is written when the zone has errors. See docs/lists.md.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR   the directory to write to (required)\n"
    "  --format LIST      comma-separated formats among xlsx, csv, md (default: all)\n"
    "\n"
    "exit codes: 0 written, 2 bad input or usage, 3 a file could not be written (a full\n"
    "disk: the system's reason is shown), 1 internal failure\n";

namespace {

std::set<std::string> ParseFormats(const std::string& text) {
  std::set<std::string> formats;
  std::stringstream in(text);
  for (std::string format; std::getline(in, format, ',');) {
    if (format != "xlsx" && format != "csv" && format != "md")
      throw UsageError("chainmap lists: unknown format '" + format + "' (formats: xlsx, csv, md)");
    formats.insert(format);
  }
  if (formats.empty()) throw UsageError("chainmap lists: --format needs at least one format");
  return formats;
}

}  // namespace

int RunLists(const std::vector<std::string>& argv, std::ostream& out, std::ostream&) {
  const Args args("lists", argv, {{"--output", true, "-o"}, {"--format", true, ""}});
  const auto output = args.Value("--output");
  if (!output || output->empty())
    throw UsageError("chainmap lists: missing -o DIR (see 'chainmap lists --help')");
  const std::set<std::string> formats =
      ParseFormats(args.Value("--format").value_or("xlsx,csv,md"));
  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  ZoneAnalysis analysis(loaded.zone);  // 现状, every candidate kept (top 0)
  analysis.Run();
  const std::vector<Table> tables = BuildLists(ListInputs{loaded.zone, analysis});

  const std::filesystem::path dir = *output;
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  for (auto& [name, content] : ListFiles(tables, formats)) files.emplace_back(dir / name, content);
  // The directories made for the lists are removed again if the files cannot be written
  // (a full disk): a failed run leaves no empty DIR.
  std::vector<std::filesystem::path> made;
  for (std::filesystem::path p = dir; !p.empty() && !std::filesystem::exists(p);
       p = p.parent_path())
    made.push_back(p);
  try {
    CreateDirectories(dir);
    WriteFilesAtomically(files);
  } catch (const WriteError&) {
    std::error_code ignored;
    for (const auto& d : made) std::filesystem::remove(d, ignored);  // only if empty
    throw;
  }
  out << "wrote " << files.size() << " files to " << dir.string() << ":";
  for (const auto& [path, content] : files) out << " " << path.filename().string();
  out << "\n";
  return 0;
}

}  // namespace chainmap
