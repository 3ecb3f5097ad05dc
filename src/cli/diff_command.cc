// chainmap diff: compare two states of a zone.
#include <filesystem>
#include <map>

#include "render/analysis_inputs.h"
#include "render/font_check.h"
#include "render/map_render.h"
#include "render/map_split.h"
#include "src/analysis/zone_analysis.h"
#include "src/analysis/zone_diff.h"
#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/io/atomic_file.h"
#include "src/io/zone_loader.h"
#include "src/report/diff_report.h"

namespace chainmap {
namespace {

/// Draws NEW's map of every chain with a changed link into `dir` (all files or none), each
/// changed link with a line saying how it changed. Returns how many maps it wrote.
std::size_t WriteChangeMaps(const Zone& zone, const ZoneDiff& diff, const std::string& dir,
                            std::ostream& err) {
  std::map<std::string, std::string> change_of;  // "chain/link" → "缺 → 在补"
  for (const LinkChange& c : diff.links) change_of[c.link] = LinkChangeText(c);
  ZoneAnalysis analysis(zone);
  analysis.Run();
  GraphvizContext graphviz;
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    ChainMapInput input = ChainMapInputFrom(analysis, c);
    input.changes.assign(chain.links().size(), "");
    std::size_t changed = 0;
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      const auto it = change_of.find(chain.id + "/" + chain.links()[l].id);
      if (it == change_of.end()) continue;
      input.changes[l] = it->second;
      ++changed;
    }
    if (changed == 0) continue;
    input.status_note = ChangeMapNote(diff, changed) + "；" + input.status_note;
    try {
      const LaidOutMap map = LayOutChainMap(graphviz, input, ChainMapOptions{});
      Rendered svg = map.Write(OutputFormat::kSvg, PageOptions{});
      for (const std::string& w : map.warnings()) err << "chainmap diff: warning: " << w << "\n";
      files.emplace_back(std::filesystem::path(dir) / (chain.id + ".svg"), std::move(svg.bytes));
    } catch (const MapTooLargeError& e) {
      err << "chainmap diff: warning: chain '" << chain.id << "' not drawn: " << e.what() << "\n";
    }
  }
  std::filesystem::create_directories(dir);
  WriteFilesAtomically(files);
  return files.size();
}

}  // namespace

const std::string_view kDiffHelp =
    "usage: chainmap diff OLD NEW [--format text|json|md] [--top N] [--map DIR]\n"
    "\n"
    "Compares two zone directories (an earlier and a later state of one zone): projects\n"
    "added, removed, advanced or set back (with both stages) and with changed amounts;\n"
    "links whose status or gap type changed; completeness per chain and for the zone;\n"
    "recruitment targets that entered or left the top N (default 10).\n"
    "\n"
    "options:\n"
    "  --format F   text (default), json or md\n"
    "  --top N      length of the target list compared (default 10)\n"
    "  --map DIR    also draw NEW's map of every chain with a changed link, the changes\n"
    "               marked under the links' names, as DIR/CHAIN.svg\n"
    "\n"
    "Example: chainmap diff snapshots/2023-06 chains\n";

int RunDiff(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const Args args("diff", argv, {{"--format", true, ""}, {"--top", true, ""}, {"--map", true, ""}});
  if (args.positional().size() != 2)
    throw UsageError("chainmap diff: give two zone directories, OLD and NEW");
  const std::string format = args.Choice("--format", "text", {"text", "json", "md"});
  const auto top = static_cast<std::size_t>(args.Integer("--top", 10, 1, 1000000));
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
  if (const auto dir = args.Value("--map")) {
    if (const auto warning = MissingCjkFontWarning())
      err << "chainmap diff: warning: " << *warning << "\n";
    const std::size_t n = WriteChangeMaps(new_zone.zone, diff, *dir, err);
    err << "chainmap diff: " << n << (n == 1 ? " map" : " maps") << " with changed links in "
        << *dir << "\n";
  }
  return 0;
}

}  // namespace chainmap
