// chainmap render: draw a chain map or the zone overview through Graphviz.
#include <filesystem>
#include <sstream>

#include "render/analysis_inputs.h"
#include "render/map_render.h"
#include "render/map_split.h"
#include "render/scene_dot.h"
#include "render/scene_json.h"
#include "src/cli/args.h"
#include "src/cli/command_output.h"
#include "src/cli/commands.h"
#include "src/io/atomic_file.h"
#include "src/io/zone_loader.h"

namespace chainmap {

const std::string_view kRenderHelp =
    "usage: chainmap render [ZONE] (--chain ID | --overview)\n"
    "                       [--format svg|png|pdf|dot|json] [--preset slide] [--dpi N]\n"
    "                       [--targets N] [--stage STAGE | --part N]\n"
    "                       [--lang zh|en] [-o FILE]\n"
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
    "  --format F       svg (default, or from the -o extension), png, pdf, dot (the\n"
    "                   Graphviz source, for editing in Graphviz), or json (the laid-out\n"
    "                   map: every link's box and every edge's points; docs/cli.md)\n"
    "  --preset slide   a 16:9 slide page (13.333 x 7.5 in), the map fitted and centred\n"
    "  --dpi N          PNG resolution (default 192)\n"
    "  --targets N      show up to N recruitment targets under each missing link\n"
    "  --stage STAGE    draw one band (upstream, midstream, downstream) in full, with\n"
    "                   the links it touches in the other bands in grey\n"
    "  --part N         a chain of more than 60 links is drawn as an index map of its\n"
    "                   parts (40 links each) and a detail map per part: draw detail\n"
    "                   map N; without it, the index (and, with -o FILE, every detail\n"
    "                   map beside it as FILE-1, FILE-2, ...)\n"
    "  --assume-stage S draw the 远景 scenario: projects at project stage S or later\n"
    "                   count as built (planned, negotiating, signed, construction,\n"
    "                   operating)\n"
    "  --lang L         zh (default) or en: names from the data's English names and the\n"
    "                   map's fixed wording in English; enterprise and project names\n"
    "                   stay Chinese (the data has no English for them)\n"
    "  -o FILE          write to FILE (whole or not at all); default: standard output\n"
    "\n"
    "exit codes: 0 written, 2 bad input or usage, 3 the file could not be written (a full\n"
    "disk), 1 internal failure (Graphviz error)\n";

namespace {

/// The file of detail map k beside the index map `output`: steel.svg → steel-1.svg.
std::string PartFile(const std::string& output, std::size_t k) {
  const std::filesystem::path path(output);
  return (path.parent_path() /
          (path.stem().string() + "-" + std::to_string(k + 1) + path.extension().string()))
      .string();
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
                   {"--part", true, ""},
                   {"--assume-stage", true, ""},
                   {"--lang", true, ""},
                   {"--output", true, "-o"}});
  const Language language = *ParseLanguage(args.Choice("--lang", "zh", {"zh", "en"}));
  const auto chain_id = args.Value("--chain");
  const bool overview = args.Flag("--overview");
  if (chain_id.has_value() == overview)
    throw UsageError("chainmap render: give either --chain ID or --overview");

  const auto output = args.Value("--output");
  std::string format_text = args.Value("--format").value_or("");
  if (format_text.empty() && output) {
    format_text = std::filesystem::path(*output).extension().string();
    if (!format_text.empty()) format_text.erase(0, 1);
    if (!ParseOutputFormat(format_text) && format_text != "json") format_text = "svg";
  }
  if (format_text.empty()) format_text = "svg";
  const bool json = format_text == "json";
  const auto format = json ? OutputFormat::kSvg : ParseOutputFormat(format_text);
  if (!format)
    throw UsageError("chainmap render: unknown format '" + format_text +
                     "' (formats: svg, png, pdf, dot, json)");

  PageOptions page;
  if (const auto preset = args.Value("--preset")) {
    const auto parsed = ParsePagePreset(*preset);
    if (!parsed)
      throw UsageError("chainmap render: unknown preset '" + *preset + "' (presets: slide)");
    page.preset = *parsed;
  }
  page.dpi = static_cast<int>(args.Integer("--dpi", 0, 1, 1200));
  const int targets = static_cast<int>(args.Integer("--targets", 0, 0, 20));

  ZoneAnalysisOptions analysis_options;
  analysis_options.assume_stage = args.ProjectStageValue("--assume-stage");
  analysis_options.targets.top = static_cast<std::size_t>(targets);

  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  const Zone& zone = loaded.zone;
  MapScene scene;
  std::vector<std::pair<std::string, MapScene>> details;  // a large chain's detail maps
  if (overview) {
    if (args.Value("--stage") || args.Value("--targets") || args.Value("--part"))
      throw UsageError("chainmap render: --stage, --part and --targets apply to --chain maps only");
    ZoneAnalysis analysis(zone, analysis_options);
    analysis.Run();
    scene = OverviewScene(ZoneOverviewInputFrom(analysis, language));
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
    const auto part = args.Value("--part");
    if (part && options.stage)
      throw UsageError("chainmap render: give either --stage or --part, not both");
    ChainMapPlan plan;
    try {
      plan = PlanChainMaps(zone.chains()[*chain], {}, part.has_value(), language);
    } catch (const MapTooLargeError& e) {
      throw UsageError("chainmap render: " + std::string(e.what()));
    }
    if (part) {
      const long n = args.Integer("--part", 1, 1, 1000000);
      if (!plan.split() || n < 1 || static_cast<std::size_t>(n) > plan.parts.size())
        throw UsageError("chainmap render: --part must be from 1 to " +
                         std::to_string(plan.parts.size()) + " for chain '" + *chain_id + "'" +
                         (plan.split() ? "" : " (it fits one map: leave --part out)"));
      options.part = plan.parts[static_cast<std::size_t>(n - 1)];
    }
    ZoneAnalysis analysis(zone, analysis_options);
    analysis.Run();
    const ChainMapInput input = ChainMapInputFrom(analysis, *chain, language);
    if (plan.split() && !options.part && !options.stage) {
      // The index map; with -o FILE, the detail maps beside it as FILE-1, FILE-2, …
      std::vector<std::string> files;
      if (output && *output != "-" && *format != OutputFormat::kDot && !json)
        for (std::size_t k = 0; k < plan.parts.size(); ++k) files.push_back(PartFile(*output, k));
      std::vector<std::string> links;  // relative to the index
      links.reserve(files.size());
      for (const std::string& f : files)
        links.push_back(std::filesystem::path(f).filename().string());
      scene = ChainIndexScene(input, plan, links);
      for (std::size_t k = 0; k < files.size(); ++k) {
        ChainMapOptions part_options = options;
        part_options.part = plan.parts[k];
        details.emplace_back(files[k], ChainMapScene(input, part_options));
      }
      if (files.empty())
        scene.notes.push_back(Fill(WordingFor(language).detail_command,
                                   {*chain_id, std::to_string(plan.parts.size())}));
    } else {
      scene = ChainMapScene(input, options);
    }
  }

  GraphvizContext graphviz;
  std::string bytes;
  std::vector<std::string> warnings;
  if (*format == OutputFormat::kDot) {  // the source, checked by Graphviz's parser only
    bytes = graphviz.LayOut(SceneDot(scene, page), true)->dot();
  } else {
    const LaidOutMap map = LayOutScene(graphviz, std::move(scene), page);
    warnings = map.warnings();
    if (json) {
      bytes = PositionedSceneJson(map.positioned());
    } else {
      Rendered rendered = map.Write(*format, page);
      bytes = std::move(rendered.bytes);
      warnings.insert(warnings.end(), rendered.warnings.begin(), rendered.warnings.end());
    }
  }
  // The detail maps first, so that the index appears last, when its links work.
  for (auto& [file, detail] : details) {
    const LaidOutMap map = LayOutScene(graphviz, std::move(detail), page);
    Rendered rendered = map.Write(*format, page);
    warnings.insert(warnings.end(), map.warnings().begin(), map.warnings().end());
    warnings.insert(warnings.end(), rendered.warnings.begin(), rendered.warnings.end());
    WriteFileAtomically(file, rendered.bytes);
  }
  for (const std::string& warning : warnings)
    err << "chainmap render: warning: " << warning << "\n";
  WriteCommandOutput(args, output, bytes,
                     !json && (*format == OutputFormat::kPng || *format == OutputFormat::kPdf),
                     out);
  return 0;
}

}  // namespace chainmap
