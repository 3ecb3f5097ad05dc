// chainmap diff: compare two states of a zone.
#include "src/analysis/zone_diff.h"
#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/io/zone_loader.h"
#include "src/report/diff_report.h"

namespace chainmap {

const std::string_view kDiffHelp =
    "usage: chainmap diff OLD NEW [--format text|json|md] [--top N]\n"
    "\n"
    "Compares two zone directories (an earlier and a later state of one zone): projects\n"
    "added, removed, advanced or set back (with both stages) and with changed amounts;\n"
    "links whose status or gap type changed; completeness per chain and for the zone;\n"
    "recruitment targets that entered or left the top N (default 10).\n"
    "\n"
    "options:\n"
    "  --format F   text (default), json or md\n"
    "  --top N      length of the target list compared (default 10)\n"
    "\n"
    "Example: chainmap diff snapshots/2023-06 chains\n";

int RunDiff(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const Args args("diff", argv, {{"--format", true, ""}, {"--top", true, ""}});
  if (args.positional().size() != 2)
    throw UsageError("chainmap diff: give two zone directories, OLD and NEW");
  const std::string format = args.Value("--format").value_or("text");
  if (format != "text" && format != "json" && format != "md")
    throw UsageError("chainmap diff: --format must be text, json or md, not '" + format + "'");
  std::size_t top = 10;
  if (const auto n = args.Value("--top")) {
    try {
      std::size_t used = 0;
      const int value = std::stoi(*n, &used);
      if (used != n->size() || value < 1) throw std::invalid_argument(*n);
      top = static_cast<std::size_t>(value);
    } catch (const std::exception&) {
      throw UsageError("chainmap diff: --top must be a whole number of 1 or more, not '" + *n +
                       "'");
    }
  }
  const LoadedZone old_zone = LoadZoneDirectory(args.positional()[0]);
  const LoadedZone new_zone = LoadZoneDirectory(args.positional()[1]);
  for (const LoadedZone* z : {&old_zone, &new_zone})
    for (const Diagnostic& d : z->findings)
      if (d.severity == Severity::kWarning) err << FormatDiagnostic(d) << "\n";
  const ZoneDiff diff = DiffZones(old_zone.zone, new_zone.zone, top);
  if (format == "json") {
    WriteDiffJson(diff, out);
  } else if (format == "md") {
    WriteDiffMarkdown(diff, out);
  } else {
    WriteDiffText(diff, out);
  }
  return 0;
}

}  // namespace chainmap
