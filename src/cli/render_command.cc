// chainmap render: draw a chain map or the zone overview through Graphviz.
#include <filesystem>
#include <sstream>

#include "render/analysis_inputs.h"
#include "render/chain_map.h"
#include "render/graphviz.h"
#include "render/zone_overview.h"
#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/io/atomic_file.h"
#include "src/io/zone_loader.h"

namespace chainmap {

const std::string_view kRenderHelp =
    "usage: chainmap render [ZONE] (--chain ID | --overview) [--format svg|png|pdf|dot]\n"
    "                       [--preset slide] [--dpi N] [--targets N] [--stage STAGE]\n"
    "                       [-o FILE]\n"
    "\n"
    "Draws a chain map (产业图谱) of one chain of the zone in directory ZONE (default:\n"
    "chains): its links in three bands 上游 / 中游 / 下游, coloured by status (strong,\n"
    "weak, filling, missing), with the local enterprises under each link (★ 链主), a\n"
    "legend, the as-of date and the sources. --overview draws the zone's chains side by\n"
    "side with their completeness and the cross-chain edges instead.\n"
    "\n"
    "options:\n"
    "  --chain ID       the chain to draw\n"
    "  --overview       draw the zone overview\n"
    "  --format F       svg (default, or from the -o extension), png, pdf, or dot (the\n"
    "                   Graphviz source, for editing in Graphviz)\n"
    "  --preset slide   a 16:9 slide page (13.333 x 7.5 in), the map fitted and centred\n"
    "  --dpi N          PNG resolution (default 192)\n"
    "  --targets N      show up to N recruitment targets under each missing link\n"
    "  --stage STAGE    draw one band (upstream, midstream, downstream) in full, with\n"
    "                   the links it touches in the other bands in grey; for chains\n"
    "                   with more than 60 links, whose full map lists no enterprise names\n"
    "  --assume-stage S draw the 远景 scenario: projects at project stage S or later\n"
    "                   count as built (planned, negotiating, signed, construction,\n"
    "                   operating)\n"
    "  -o FILE          write to FILE (whole or not at all); default: standard output\n"
    "\n"
    "exit codes: 0 written, 2 bad input or usage, 1 internal failure (Graphviz error)\n";

namespace {

int PositiveNumber(const Args& args, const std::string& option, int fallback, int max) {
  const auto value = args.Value(option);
  if (!value) return fallback;
  int number = -1;
  std::istringstream in(*value);
  in >> number;
  if (!in || !in.eof() || number < 0 || number > max)
    throw UsageError("chainmap render: " + option + " must be a number from 0 to " +
                     std::to_string(max) + ", not '" + *value + "'");
  return number;
}

}  // namespace

int RunRender(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const Args args("render", argv,
                  {{"--chain", true, ""},
                   {"--overview", false, ""},
                   {"--format", true, ""},
                   {"--preset", true, ""},
                   {"--dpi", true, ""},
                   {"--targets", true, ""},
                   {"--stage", true, ""},
                   {"--assume-stage", true, ""},
                   {"--output", true, "-o"}});
  const auto chain_id = args.Value("--chain");
  const bool overview = args.Flag("--overview");
  if (chain_id.has_value() == overview)
    throw UsageError("chainmap render: give either --chain ID or --overview");

  const auto output = args.Value("--output");
  std::string format_text = args.Value("--format").value_or("");
  if (format_text.empty() && output) {
    format_text = std::filesystem::path(*output).extension().string();
    if (!format_text.empty()) format_text.erase(0, 1);
    if (!ParseOutputFormat(format_text)) format_text = "svg";
  }
  if (format_text.empty()) format_text = "svg";
  const auto format = ParseOutputFormat(format_text);
  if (!format)
    throw UsageError("chainmap render: unknown format '" + format_text +
                     "' (formats: svg, png, pdf, dot)");

  PageOptions page;
  if (const auto preset = args.Value("--preset")) {
    const auto parsed = ParsePagePreset(*preset);
    if (!parsed)
      throw UsageError("chainmap render: unknown preset '" + *preset + "' (presets: slide)");
    page.preset = *parsed;
  }
  page.dpi = PositiveNumber(args, "--dpi", 0, 1200);
  const int targets = PositiveNumber(args, "--targets", 0, 20);

  ZoneAnalysisOptions analysis_options;
  if (const auto stage = args.Value("--assume-stage")) {
    analysis_options.assume_stage = ParseProjectStage(*stage);
    if (!analysis_options.assume_stage)
      throw UsageError("chainmap render: unknown project stage '" + *stage +
                       "' (stages: " + std::string(ProjectStageChoices()) + ")");
  }
  analysis_options.targets.top = static_cast<std::size_t>(targets);

  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  const Zone& zone = loaded.zone;
  std::string dot;
  if (overview) {
    if (args.Value("--stage") || args.Value("--targets"))
      throw UsageError("chainmap render: --stage and --targets apply to --chain maps only");
    ZoneAnalysis analysis(zone, analysis_options);
    analysis.Run();
    dot = ZoneOverviewDot(ZoneOverviewInputFrom(analysis), ZoneOverviewOptions{page}, *format);
  } else {
    const auto chain = zone.ChainIndex(*chain_id);
    if (!chain) {
      std::string known;
      for (const Chain& c : zone.chains()) known += (known.empty() ? "" : ", ") + c.id;
      throw UsageError("chainmap render: unknown chain '" + *chain_id + "' (chains: " + known +
                       ")");
    }
    ChainMapOptions options;
    options.max_targets = static_cast<std::size_t>(targets);
    options.page = page;
    if (const auto stage = args.Value("--stage")) {
      options.stage = ParseStage(*stage);
      if (!options.stage)
        throw UsageError("chainmap render: unknown stage '" + *stage +
                         "' (stages: " + std::string(StageChoices()) + ")");
    }
    ZoneAnalysis analysis(zone, analysis_options);
    analysis.Run();
    dot = ChainMapDot(ChainMapInputFrom(analysis, *chain), options, *format);
  }

  GraphvizContext graphviz;
  const Rendered rendered = graphviz.Render(dot, *format, PageAspect(page));
  for (const std::string& warning : rendered.warnings)
    err << "chainmap render: warning: Graphviz: " << warning << "\n";
  if (output && *output != "-") {
    WriteFileAtomically(*output, rendered.bytes);
  } else {
    out << rendered.bytes;
  }
  return 0;
}

}  // namespace chainmap
