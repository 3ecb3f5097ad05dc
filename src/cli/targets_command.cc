// chainmap targets: recruitment targets for every gap, ranked with their reasons.
#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/io/json_writer.h"
#include "src/io/zone_loader.h"
#include "src/report/analysis_json.h"
#include "src/report/analysis_report.h"

namespace chainmap {

const std::string_view kTargetsHelp =
    "usage: chainmap targets [ZONE] [--chain ID] [--top N] [--assume-stage STAGE]\n"
    "                        [--format text|json|md|csv]\n"
    "\n"
    "Ranks recruitment targets for the zone in directory ZONE (default: chains): for each\n"
    "gap link (missing, filling or weak), the external candidates attached to it, scored\n"
    "0-100 as gap priority (0-60) + candidate strength (0-20) + fit with local partners\n"
    "(0-10) + pipeline stage of its project (0-10), best first, each with a one-line\n"
    "reason. Ties are broken by link id, then candidate id. See docs/analysis.md.\n"
    "\n"
    "options:\n"
    "  --chain ID            only this chain's gaps\n"
    "  --top N               at most N candidates per gap link (default 3; 0: all)\n"
    "  --assume-stage STAGE  rank under the 远景 scenario (see 'chainmap analyze --help')\n"
    "  --format FORMAT       text (default), json (see docs/cli.md), md or csv\n"
    "\n"
    "exit codes: 0 done, 2 bad input or usage, 1 internal failure\n";

int RunTargets(const std::vector<std::string>& argv, std::ostream& out, std::ostream&) {
  const Args args("targets", argv,
                  {{"--chain", true, ""},
                   {"--top", true, ""},
                   {"--assume-stage", true, ""},
                   {"--format", true, ""}});
  const std::string format = args.Value("--format").value_or("text");
  if (format != "text" && format != "json" && format != "md" && format != "csv")
    throw UsageError("chainmap targets: unknown format '" + format + "' (use text, json, md, csv)");
  const std::size_t top = args.Value("--top") ? ParseTop("targets", *args.Value("--top")) : 3;
  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  const AnalysisRequest request = ParseAnalysisRequest(
      "targets", loaded.zone, args.Value("--chain"), args.Value("--assume-stage"));
  ZoneAnalysis analysis(loaded.zone, {request.assume_stage, TargetOptions{top}});
  analysis.Run();
  if (format == "json")
    out << WriteJson(TargetsToJson(analysis, request.chain));
  else if (format == "md")
    WriteTargetsMarkdown(out, analysis, request.chain);
  else if (format == "csv")
    WriteTargetsCsv(out, analysis, request.chain);
  else
    WriteTargetsText(out, analysis, request.chain);
  return 0;
}

}  // namespace chainmap
