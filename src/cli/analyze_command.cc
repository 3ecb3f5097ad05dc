// chainmap analyze: link status, gaps, completeness, criticality, resilience and targets.
#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/io/json_writer.h"
#include "src/io/zone_loader.h"
#include "src/report/analysis_json.h"
#include "src/report/analysis_report.h"

namespace chainmap {

const std::string_view kAnalyzeHelp =
    "usage: chainmap analyze [ZONE] [--chain ID] [--assume-stage STAGE]\n"
    "                        [--format text|json|md]\n"
    "\n"
    "Analyses the zone in directory ZONE (default: chains): each link's status (strong,\n"
    "weak, filling, missing) and gap (补链 fill, 延链 extend, 强链 strengthen) with its\n"
    "priority; completeness per chain, stage and zone; betweenness, dominators\n"
    "(chokepoints 卡脖子, break risks 断链), articulation points and the connectivity gain\n"
    "of each missing link; which local enterprises' departure would cost most links; and\n"
    "the best three candidates per gap. See docs/analysis.md for every metric.\n"
    "\n"
    "options:\n"
    "  --chain ID            only this chain\n"
    "  --assume-stage STAGE  the 远景 scenario: projects at STAGE or later count as built\n"
    "                        (planned, negotiating, signed, construction, operating);\n"
    "                        statuses and completeness are shown before and after\n"
    "  --format FORMAT       text (default), json (see docs/cli.md) or md\n"
    "\n"
    "exit codes: 0 done, 2 bad input or usage, 1 internal failure\n";

int RunAnalyze(const std::vector<std::string>& argv, std::ostream& out, std::ostream&) {
  const Args args("analyze", argv,
                  {{"--chain", true, ""}, {"--assume-stage", true, ""}, {"--format", true, ""}});
  const std::string format = args.Choice("--format", "text", {"text", "json", "md"});
  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  const AnalysisRequest request = ParseAnalysisRequest(args, loaded.zone);
  ZoneAnalysis analysis(loaded.zone, {request.assume_stage, TargetOptions{3}});
  analysis.Run();
  if (format == "json")
    out << WriteJson(AnalysisToJson(analysis, request.chain));
  else if (format == "md")
    WriteAnalysisMarkdown(out, analysis, request.chain);
  else
    WriteAnalysisText(out, analysis, request.chain);
  return 0;
}

}  // namespace chainmap
