// chainmap extract: read a work summary and propose projects, stage changes and facts.
#include <filesystem>
#include <sstream>

#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/extract/proposal_apply.h"
#include "src/extract/proposals_json.h"
#include "src/extract/summary_extractor.h"
#include "src/extract/zone_match.h"
#include "src/io/atomic_file.h"
#include "src/io/diagnostic.h"
#include "src/io/number_format.h"
#include "src/io/summary_file.h"
#include "src/io/zone_loader.h"
#include "src/io/zone_saver.h"
#include "src/io/zone_write_lock.h"
#include "src/report/extract_report.h"

namespace chainmap {

const std::string_view kExtractHelp =
    "usage: chainmap extract FILE [--zone ZONE] [--format text|json|md]\n"
    "       chainmap extract FILE --apply [--zone ZONE] [--min-confidence C]\n"
    "\n"
    "Reads a work summary (plain text as extracted from PDF, or .docx) and proposes:\n"
    "projects (name, enterprise, investment in 亿元, stage from the wording, target),\n"
    "stage changes of projects the zone already has (matched by name), and facts\n"
    "(totals, targets, thresholds, indicators; never proposed as projects), each with\n"
    "its sentence, section and a confidence. Without --apply nothing is written.\n"
    "\n"
    "FILE may also be a proposals file written by --format json and reviewed (set\n"
    "\"accept\": false on what to leave out, correct fields); --apply then writes it.\n"
    "\n"
    "options:\n"
    "  --zone ZONE    match against this zone (default: chains, when it exists)\n"
    "  --no-zone      do not match against any zone\n"
    "  --format F     text (default), json or md\n"
    "  --apply        write the proposals into the zone as sourced records (new projects,\n"
    "                stage changes with the old stage in the history, missing amounts,\n"
    "                facts), under the zone's write lock, all files or none\n"
    "  --min-confidence C  with --apply, leave out proposals below C (default 0.7)\n"
    "\n"
    "See docs/extract.md for the reading rules and docs/cli.md for the JSON.\n";

namespace {

/// Writes the proposals into the zone under its lock; every file or none.
int Apply(const Extraction& read, const std::string& zone_dir, double min_confidence,
          std::ostream& out) {
  const ZoneWriteLock lock(zone_dir, "chainmap extract --apply");
  Zone zone = LoadZoneDirectory(zone_dir).zone;
  Extraction x = read;
  x.stage_changes.clear();
  MatchZone(zone, x);
  const ApplyCounts counts = ApplyProposals(x, {x.document, min_confidence}, zone);
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  for (auto& [name, content] : SaveZone(zone)) {
    const std::filesystem::path path = std::filesystem::path(zone_dir) / name;
    if (ReadFileIfExists(path) != content) files.emplace_back(path, content);
  }
  WriteFilesAtomically(files);
  out << "写入 " << zone_dir << "：新增项目 " << counts.projects_added << " 个，阶段更新 "
      << counts.stages_changed << " 个，补充投资额 " << counts.amounts_added << " 个，新增数据 "
      << counts.facts_added << " 条；未写入 " << counts.skipped << " 条（可信度低于 "
      << FormatNumber(min_confidence) << " 或已在图中）。\n";
  return 0;
}

}  // namespace

int RunExtract(const std::vector<std::string>& argv, std::ostream& out, std::ostream&) {
  const Args args("extract", argv,
                  {{"--zone", true, ""},
                   {"--no-zone", false, ""},
                   {"--format", true, ""},
                   {"--apply", false, ""},
                   {"--min-confidence", true, ""}});
  if (args.positional().size() != 1)
    throw UsageError(
        "chainmap extract: give one FILE (a .txt or .docx summary, or a reviewed .json)");
  const std::string format = args.Value("--format").value_or("text");
  if (format != "text" && format != "json" && format != "md")
    throw UsageError("chainmap extract: --format must be text, json or md, not '" + format + "'");
  if (args.Flag("--no-zone") && (args.Value("--zone") || args.Flag("--apply")))
    throw UsageError("chainmap extract: --no-zone excludes --zone and --apply");
  if (args.Value("--min-confidence") && !args.Flag("--apply"))
    throw UsageError("chainmap extract: --min-confidence goes with --apply");
  const double min_confidence = args.Decimal("--min-confidence", 0.7, 0, 1);

  const std::filesystem::path file = args.positional().front();
  Extraction extraction;
  if (file.extension() == ".json") {
    const auto text = ReadFileIfExists(file);
    if (!text) throw InputError(file.string(), "no such file");
    extraction = ReadProposalsJson(*text, file.string());
  } else {
    extraction = ExtractSummary(SplitSummary(ReadSummaryFile(file)));
    extraction.document = file.filename().string();
  }
  std::optional<std::string> zone_dir = args.Value("--zone");
  if (!zone_dir && !args.Flag("--no-zone") && std::filesystem::exists("chains/zone.json"))
    zone_dir = "chains";
  if (args.Flag("--apply")) {
    if (!zone_dir) throw UsageError("chainmap extract: --apply needs --zone ZONE");
    return Apply(extraction, *zone_dir, min_confidence, out);
  }
  if (zone_dir) {
    extraction.stage_changes.clear();
    MatchZone(LoadZoneDirectory(*zone_dir).zone, extraction);
  }
  if (format == "json") {
    WriteExtractJson(extraction, out);
  } else if (format == "md") {
    WriteExtractMarkdown(extraction, out);
  } else {
    WriteExtractText(extraction, out);
  }
  return 0;
}

}  // namespace chainmap
