// chainmap targets: recruitment targets for every gap, ranked with their reasons.
#include "src/analysis/weight_sensitivity.h"
#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/cli/targets_pool.h"
#include "src/io/json_writer.h"
#include "src/io/table_csv.h"
#include "src/io/table_markdown.h"
#include "src/io/zone_loader.h"
#include "src/report/analysis_json.h"
#include "src/report/analysis_report.h"
#include "src/report/target_views.h"

namespace chainmap {
namespace {

/// A table as text: tab-separated, header first (the text form of the two views).
void WriteTableText(const Table& table, std::ostream& out) {
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    out << (c ? "\t" : "") << table.columns[c].header;
  out << "\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      out << (c ? "\t" : "");
      if (const auto* text = std::get_if<std::string>(&row[c])) out << *text;
      if (const auto* number = std::get_if<double>(&row[c])) out << FormatNumber(*number);
    }
    out << "\n";
  }
}

using Json = nlohmann::ordered_json;

Json TableJson(const Table& table) {
  Json rows = Json::array();
  for (const auto& row : table.rows) {
    Json r = Json::object();
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (const auto* text = std::get_if<std::string>(&row[c])) r[table.columns[c].header] = *text;
      if (const auto* number = std::get_if<double>(&row[c])) r[table.columns[c].header] = *number;
    }
    rows.push_back(r);
  }
  Json out = Json::object();
  out[table.stem] = rows;
  return out;
}

void WriteTable(const Table& table, const std::string& format, std::ostream& out) {
  if (format == "json")
    out << WriteJson(TableJson(table));
  else if (format == "md")
    WriteMarkdown(table, out);
  else if (format == "csv")
    WriteCsv(table, out);
  else
    WriteTableText(table, out);
}

}  // namespace

const std::string_view kTargetsHelp =
    "usage: chainmap targets [ZONE] [--chain ID] [--top N] [--assume-stage STAGE]\n"
    "                        [--by link|candidate] [--sensitivity] [--include-not-pursued]\n"
    "                        [--format text|json|md|csv] [--pool FILE [--sheet NAME]]\n"
    "\n"
    "Ranks recruitment targets for the zone in directory ZONE (default: chains): for each\n"
    "gap link the zone pursues locally, the external candidates attached to it, and on any\n"
    "link the firms whose project there is in talks (洽谈) or later. The score is the sum\n"
    "of six parts, each a share times its weight (zone.json settings.target_weights;\n"
    "defaults gap 40, named 20, distance 12, scale 10, relatedness 10, ties 8), best\n"
    "first, each with a reason in Chinese. Ties are broken by link id, then candidate id.\n"
    "See docs/analysis.md.\n"
    "\n"
    "options:\n"
    "  --chain ID             only this chain's gaps\n"
    "  --top N                at most N candidates per gap link, plus every firm in talks\n"
    "                         (default 3; 0: all)\n"
    "  --assume-stage STAGE   rank under the 远景 scenario (see 'chainmap analyze --help')\n"
    "  --by VIEW              link (default): one row per link and candidate;\n"
    "                         candidate: one row per firm with every gap it would fill\n"
    "  --sensitivity          which of the top 10 change when each weight moves by 25%\n"
    "  --include-not-pursued  also rank links the zone does not pursue locally\n"
    "  --format FORMAT        text (default), json (see docs/cli.md), md or csv\n"
    "  --pool FILE            rank the firms of a registry export (XLSX or CSV, streamed;\n"
    "                         see docs/import.md) instead of the zone's candidates\n"
    "  --sheet NAME           the pool's XLSX sheet (default: the first)\n"
    "\n"
    "exit codes: 0 done, 2 bad input or usage, 1 internal failure\n";

int RunTargets(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const Args args("targets", argv,
                  {{"--chain", true, ""},
                   {"--top", true, ""},
                   {"--assume-stage", true, ""},
                   {"--by", true, ""},
                   {"--sensitivity", false, ""},
                   {"--include-not-pursued", false, ""},
                   {"--format", true, ""},
                   {"--pool", true, ""},
                   {"--sheet", true, ""}});
  const std::string format = args.Choice("--format", "text", {"text", "json", "md", "csv"});
  const std::string by = args.Choice("--by", "link", {"link", "candidate"});
  const auto top = static_cast<std::size_t>(args.Integer("--top", 3, 0, 1000000));
  LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  if (const auto pool = args.Value("--pool"))
    loaded.zone = ZoneWithPool(loaded.zone, *pool, args.Value("--sheet").value_or(""),
                               std::max<std::size_t>(top == 0 ? 50 : top * 5, 20), err);
  const AnalysisRequest request = ParseAnalysisRequest(args, loaded.zone);
  TargetOptions options{top, args.Flag("--include-not-pursued"), std::nullopt};
  ZoneAnalysis analysis(loaded.zone, {request.assume_stage, options});
  analysis.Run();
  if (args.Flag("--sensitivity")) {
    WeightSensitivity sensitivity(loaded.zone, analysis.status(), analysis.gaps(),
                                  analysis.criticality(), options);
    sensitivity.Run();
    WriteTable(SensitivityTable(analysis, sensitivity), format, out);
  } else if (by == "candidate") {
    WriteTable(CandidateViewTable(analysis, request.chain), format, out);
  } else if (format == "json") {
    out << WriteJson(TargetsToJson(analysis, request.chain));
  } else if (format == "md") {
    WriteTargetsMarkdown(out, analysis, request.chain);
  } else if (format == "csv") {
    WriteTargetsCsv(out, analysis, request.chain);
  } else {
    WriteTargetsText(out, analysis, request.chain);
  }
  return 0;
}

}  // namespace chainmap
