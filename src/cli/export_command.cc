// chainmap export: the zone's graph for other tools (NetworkX, Gephi, yEd, d3).
#include <sstream>

#include "src/cli/args.h"
#include "src/cli/command_output.h"
#include "src/cli/commands.h"
#include "src/io/atomic_file.h"
#include "src/io/export_graph.h"
#include "src/io/graphml_writer.h"
#include "src/io/node_link_writer.h"
#include "src/io/zone_loader.h"

namespace chainmap {

const std::string_view kExportHelp =
    "usage: chainmap export [ZONE] [--format graphml|json] [-o FILE] [--links-only]\n"
    "\n"
    "Writes the zone in directory ZONE (default: chains) as one directed graph: a node\n"
    "per link (id chain/link; attributes chain, stage, names, industry codes, enterprise,\n"
    "local, candidate and project counts) and per enterprise (id; name, local, role,\n"
    "tags, region, revenue in 亿元), edges within chains (kind chain), between chains\n"
    "(kind cross) and from each enterprise to its links (kind operates_in).\n"
    "\n"
    "options:\n"
    "  --format F     graphml (default; NetworkX, Gephi, yEd) or json (node-link JSON as\n"
    "                 NetworkX node_link_data and d3 read it)\n"
    "  -o, --output FILE  write to FILE (whole or not at all); without it, or with -o -,\n"
    "                     to standard output\n"
    "  --links-only   leave out the enterprise nodes and their edges\n"
    "\n"
    "exit codes: 0 written, 2 bad input or usage, 3 the file could not be written (a full\n"
    "disk), 1 internal failure\n";

int RunExport(const std::vector<std::string>& argv, std::ostream& out, std::ostream&) {
  const Args args("export", argv,
                  {{"--format", true, ""}, {"--output", true, "-o"}, {"--links-only", false, ""}});
  const std::string format = args.Value("--format").value_or("graphml");
  if (format == "dot")
    throw UsageError(
        "chainmap export: --format dot is not available yet (it comes with the map renderer); "
        "use graphml or json");
  if (format != "graphml" && format != "json")
    throw UsageError("chainmap export: unknown format '" + format + "' (formats: graphml, json)");
  const auto output = args.Value("--output");
  if (output && output->empty()) throw UsageError("chainmap export: -o needs a file name");

  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  const ExportGraph graph =
      BuildExportGraph(loaded.zone, ExportOptions{.enterprises = !args.Flag("--links-only")});
  std::ostringstream text;
  if (format == "graphml")
    WriteGraphml(graph, text);
  else
    WriteNodeLinkJson(graph, text);
  WriteCommandOutput(args, output, text.str(), false, out);
  return 0;
}

}  // namespace chainmap
