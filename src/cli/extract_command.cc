// chainmap extract: read a work summary and propose projects, stage changes and facts.
#include <filesystem>

#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/extract/summary_extractor.h"
#include "src/extract/zone_match.h"
#include "src/io/diagnostic.h"
#include "src/io/summary_file.h"
#include "src/io/zone_loader.h"
#include "src/report/extract_report.h"

namespace chainmap {

const std::string_view kExtractHelp =
    "usage: chainmap extract FILE [--zone ZONE] [--format text|json|md]\n"
    "\n"
    "Reads a work summary (plain text as extracted from PDF, or .docx) and proposes:\n"
    "projects (name, enterprise, investment in 亿元, stage from the wording, target),\n"
    "stage changes of projects the zone already has (matched by name), and facts\n"
    "(totals, targets, thresholds, indicators; never proposed as projects), each with\n"
    "its sentence, section and a confidence. Nothing is written.\n"
    "\n"
    "options:\n"
    "  --zone ZONE    match against this zone (default: chains, when it exists)\n"
    "  --no-zone      do not match against any zone\n"
    "  --format F     text (default), json or md\n"
    "\n"
    "See docs/extract.md for the reading rules and docs/cli.md for the JSON.\n";

int RunExtract(const std::vector<std::string>& argv, std::ostream& out, std::ostream&) {
  const Args args("extract", argv,
                  {{"--zone", true, ""}, {"--no-zone", false, ""}, {"--format", true, ""}});
  if (args.positional().size() != 1) throw UsageError("chainmap extract: give one FILE (a .txt or .docx summary)");
  const std::string format = args.Value("--format").value_or("text");
  if (format != "text" && format != "json" && format != "md")
    throw UsageError("chainmap extract: --format must be text, json or md, not '" + format + "'");
  if (args.Flag("--no-zone") && args.Value("--zone"))
    throw UsageError("chainmap extract: --zone and --no-zone exclude each other");

  const std::string text = ReadSummaryFile(args.positional().front());
  Extraction extraction = ExtractSummary(SplitSummary(text));
  std::optional<std::string> zone_dir = args.Value("--zone");
  if (!zone_dir && !args.Flag("--no-zone") && std::filesystem::exists("chains/zone.json")) zone_dir = "chains";
  if (zone_dir) {
    const LoadedZone loaded = LoadZoneDirectory(*zone_dir);
    MatchZone(loaded.zone, extraction);
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
