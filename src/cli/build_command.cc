// chainmap build: the zone's whole deliverable in one directory: maps, analysis report,
// lists, exports and an index page.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "render/analysis_inputs.h"
#include "render/map_render.h"
#include "render/map_split.h"
#include "render/one_page_pdf.h"
#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/cli/interrupt.h"
#include "src/cli/worker_pool.h"
#include "src/io/export_graph.h"
#include "src/io/graphml_writer.h"
#include "src/io/json_writer.h"
#include "src/io/list_files.h"
#include "src/io/node_link_writer.h"
#include "src/io/output_file.h"
#include "src/io/staged_directory.h"
#include "src/io/utf8.h"
#include "src/io/zone_loader.h"
#include "src/report/analysis_json.h"
#include "src/report/analysis_report.h"
#include "src/report/deck_content.h"
#include "src/report/deliverable_plan.h"
#include "src/report/leader_report.h"
#include "src/report/leader_summary.h"
#include "src/report/list_registry.h"
#include "src/report/report_page.h"

namespace chainmap {

const std::string_view kBuildHelp =
    "usage: chainmap build [ZONE] -o DIR [--maps svg,png,pdf] [--lists xlsx,csv,md]\n"
    "                      [--targets N] [--assume-stage STAGE] [--dpi N] [--jobs N]\n"
    "                      [--lang zh|en]\n"
    "\n"
    "Produces the zone's whole deliverable in DIR:\n"
    "  index.html            the report: maps, search, panels, tables; works offline\n"
    "  summary.pdf           领导一页纸: one A4 landscape page for leaders\n"
    "  deck.pptx             the editable PowerPoint deck (see 'chainmap deck --help')\n"
    "  maps/                 a map per chain and the overview (svg, png, pdf); a chain\n"
    "                        of more than 60 links: an index map and detail maps ID-N\n"
    "  maps/vision/          the same maps under the 远景 (--assume-stage, default signed)\n"
    "  report/               analysis.md (the report, in Chinese), analysis.json\n"
    "  lists/                lists.xlsx and one csv and md per list\n"
    "  export/               zone.graphml, zone.json (node-link graph)\n"
    "Everything is made in a staging directory beside DIR and moved into place at the\n"
    "end: DIR is either the complete new deliverable or untouched, also when builds run\n"
    "at once or one is stopped. An existing DIR is replaced only if an earlier build made\n"
    "it; a symbolic link is written through; DIR may not be or hold the current directory.\n"
    "\n"
    "options:\n"
    "  -o DIR               the output directory (required)\n"
    "  --maps LIST          map formats, comma-separated (default svg,png,pdf)\n"
    "  --lists LIST         list formats (default xlsx,csv,md)\n"
    "  --targets N          recruitment targets shown under each gap on the maps (default 3)\n"
    "  --assume-stage S     the 远景: projects at stage S or later count as built (default\n"
    "                       signed); when given, report/ and lists/ are analysed under it\n"
    "  --dpi N              PNG resolution (default 120: about 3,000 pixels wide)\n"
    "  --jobs N             processes rendering maps in parallel (default: the cores)\n"
    "  --lang L             zh (default) or en: the maps, summary.pdf, and the title,\n"
    "                       file bar and summary of index.html in English (chain and link\n"
    "                       names from the data's English names; enterprises, projects\n"
    "                       and the documents' wording stay Chinese); the deck, report/\n"
    "                       and lists/ stay Chinese (docs/cli.md)\n"
    "\n"
    "exit codes: 0 built, 2 bad input or usage, 3 an output could not be written (a full\n"
    "disk: the system's reason is shown), 1 internal failure\n";

namespace {

namespace fs = std::filesystem;
constexpr std::string_view kMarker = ".chainmap-build";

std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

/// Writes a file of the deliverable into the staging directory; a failure (a full disk)
/// names the file as it will be in DIR, with the system's reason.
void WriteFile(const fs::path& staging, const fs::path& dir, const fs::path& file,
               const std::string& content) {
  CreateDirectories((staging / file).parent_path(), (dir / file).parent_path());
  WriteWholeFile(staging / file, content, dir / file);
}

template <typename Writer>
std::string Text(Writer write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

/// Where the map workers leave each map's SVG for the report page (removed after).
constexpr std::string_view kPageMaps = ".page-maps";

/// index.html: the report page under the 现状 and the 远景, with the maps the workers laid
/// out and the deliverable's other files.
void WriteReportIndex(const fs::path& staging, const fs::path& dir, const ZoneAnalysis& now,
                      const ZoneAnalysis& vision, bool open_vision, std::vector<ReportMap> maps,
                      std::vector<FileLink> files, Language language) {
  ReportPageInput input{now,
                        vision,
                        open_vision,
                        std::move(maps),
                        BuildLists(ListInputs{now.zone(), open_vision ? vision : now}),
                        std::move(files),
                        language};
  WriteFile(staging, dir, "index.html", Text([&](std::ostream& o) { WriteReportPage(o, input); }));
  fs::remove_all(staging / kPageMaps);
}

/// The failures of the workers as one error: a write error (a full disk) as such, with
/// the system's reason (exit 3); anything else as an internal failure.
[[noreturn]] void ThrowFailures(const std::vector<JobFailure>& failures) {
  for (const JobFailure& f : failures)
    if (f.write_error) throw WriteError(f.message.substr(f.message.find(": ") + 2));
  std::string message = "chainmap build failed:";
  for (const JobFailure& f : failures) message += "\n  " + f.message;
  throw std::runtime_error(message);
}

}  // namespace

int RunBuild(const std::vector<std::string>& argv, std::ostream& out, std::ostream&) {
  const Args args("build", argv,
                  {{"--output", true, "-o"},
                   {"--maps", true, ""},
                   {"--lists", true, ""},
                   {"--targets", true, ""},
                   {"--assume-stage", true, ""},
                   {"--dpi", true, ""},
                   {"--jobs", true, ""},
                   {"--lang", true, ""}});
  const auto output = args.Value("--output");
  if (!output || output->empty())
    throw UsageError("chainmap build: missing -o DIR (see 'chainmap build --help')");
  std::vector<OutputFormat> map_formats;
  std::vector<std::string> map_format_names;
  for (const std::string& f : SplitList(args.Value("--maps").value_or("svg,png,pdf"))) {
    const auto format = ParseOutputFormat(f);
    if (!format || *format == OutputFormat::kDot)
      throw UsageError("chainmap build: unknown map format '" + f + "' (formats: svg, png, pdf)");
    map_formats.push_back(*format);
    map_format_names.push_back(f);
  }
  std::set<std::string> list_formats;
  for (const std::string& f : SplitList(args.Value("--lists").value_or("xlsx,csv,md"))) {
    if (f != "xlsx" && f != "csv" && f != "md")
      throw UsageError("chainmap build: unknown list format '" + f + "' (formats: xlsx, csv, md)");
    list_formats.insert(f);
  }
  const Language language = *ParseLanguage(args.Choice("--lang", "zh", {"zh", "en"}));
  const Wording& words = WordingFor(language);
  ZoneAnalysisOptions options;
  options.assume_stage = args.ProjectStageValue("--assume-stage");
  const std::size_t targets = static_cast<std::size_t>(args.Integer("--targets", 3, 0, 20));
  PageOptions page;
  page.dpi = static_cast<int>(args.Integer("--dpi", 120, 1, 1200));
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const std::size_t jobs = static_cast<std::size_t>(args.Integer("--jobs", cores, 1, 64));

  const fs::path dir = fs::path(*output).lexically_normal();
  const InterruptGuard interrupts;  // SIGINT/SIGTERM: the staging directory is removed
  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  const Zone& zone = loaded.zone;
  // Every chain's maps: one map, or an index and detail maps (render/map_split.h);
  // a chain beyond any set of maps stops the build before the analysis.
  std::vector<ChainMapPlan> plans;
  try {
    for (const Chain& chain : zone.chains())
      plans.push_back(PlanChainMaps(chain, {}, false, language));
  } catch (const MapTooLargeError& e) {
    throw UsageError("chainmap build: " + std::string(e.what()));
  }
  ZoneAnalysis analysis(zone, options);
  analysis.Run();
  // The 现状 and the 远景 (the scenario given, or 签约 and later, as the deck): both sets of
  // maps are drawn, maps/ the 现状 and maps/vision/ the 远景.
  const bool vision_given = options.assume_stage.has_value();
  ZoneAnalysisOptions other = options;
  other.assume_stage = vision_given ? std::nullopt : std::optional(ProjectStage::kSigned);
  ZoneAnalysis second(zone, other);
  second.Run();
  const ZoneAnalysis& now = vision_given ? second : analysis;
  const ZoneAnalysis& vision = vision_given ? analysis : second;

  ThrowIfInterrupted();
  StagedDirectory staged(dir, std::string(kMarker));  // removed on any failure
  const fs::path& staging = staged.staging();

  // Job 0 writes the documents; jobs 1.. lay out one map each and write it in every format.
  const auto documents = [&] {
    const auto write = [&](const std::string& path, const std::string& content) {
      WriteFile(staging, dir, path, content);
    };
    write("report/analysis.md", Text([&](std::ostream& o) { WriteLeaderReport(o, analysis); }));
    write("report/analysis.json", WriteJson(AnalysisToJson(analysis)));
    for (const auto& [name, content] :
         ListFiles(BuildLists(ListInputs{zone, analysis}), list_formats))
      write("lists/" + name, content);
    const ExportGraph graph = BuildExportGraph(zone);
    write("export/zone.graphml", Text([&](std::ostream& o) { WriteGraphml(graph, o); }));
    write("export/zone.json", Text([&](std::ostream& o) { WriteNodeLinkJson(graph, o); }));
  };
  // One layout per map, written in every format (a writer never lays out again), in the
  // plan's order: the 现状's maps first (the report page draws their layouts), then the 远景's.
  const DeliverablePlan plan =
      PlanDeliverable(zone, plans, map_formats, list_formats.count("xlsx") > 0, language);
  const std::vector<DeliverableMap>& map_jobs = plan.maps;
  const auto render = [&](std::size_t job) {
    static std::unique_ptr<GraphvizContext> graphviz;  // one per worker process
    if (!graphviz) graphviz = std::make_unique<GraphvizContext>();
    const DeliverableMap& m = map_jobs[job];
    const auto [c, part, in_vision] = std::tuple(m.chain, m.part, m.vision);
    const ZoneAnalysis& scenario = in_vision ? vision : now;
    MapScene scene;
    if (c < zone.chains().size()) {
      ChainMapOptions chain_options;
      chain_options.max_targets = targets;
      chain_options.page = page;
      const ChainMapInput input = ChainMapInputFrom(scenario, c, language);
      if (part) {
        chain_options.part = plans[c].parts[*part];
        scene = ChainMapScene(input, chain_options);
      } else if (plans[c].split()) {
        std::vector<std::string> parts;
        for (std::size_t k = 0; k < plans[c].parts.size(); ++k)
          parts.push_back(PartStem(zone.chains()[c], k) + "." + map_format_names.front());
        scene = ChainIndexScene(input, plans[c], parts);
      } else {
        scene = ChainMapScene(input, chain_options);
      }
    } else {
      scene = OverviewScene(ZoneOverviewInputFrom(scenario, language));
    }
    if (in_vision) scene.title += words.vision_title;
    const LaidOutMap laid_out = LayOutScene(*graphviz, std::move(scene), page);
    // The report page draws the 现状's layouts (and restyles them for the 远景); the parent
    // puts the maps together.
    if (!in_vision)
      WriteFile(staging, dir, fs::path(kPageMaps) / (std::to_string(job) + ".svg"),
                ReportMapFrom(laid_out.positioned(), "", std::nullopt, job).svg);
    for (const OutputFormat format : map_formats)
      WriteFile(staging, dir, m.folder / (m.stem + "." + std::string(ToString(format))),
                laid_out.Write(format, page).bytes);
  };
  // The last job writes the deck: 现状 and 远景 (the scenario given, or signed and later).
  const std::size_t deck_job = 1 + map_jobs.size();
  const std::vector<JobFailure> failures = RunInWorkers(deck_job + 1, jobs, [&](std::size_t job) {
    if (job == 0)
      documents();
    else if (job == deck_job)
      WriteFile(staging, dir, "deck.pptx",
                BuildDeck(zone, options.assume_stage.value_or(ProjectStage::kSigned)));
    else
      render(job - 1);
  });
  if (!failures.empty()) ThrowFailures(failures);  // the staging directory goes with `staged`
  WriteReportIndex(
      staging, dir, now, vision, vision_given,
      [&] {
        // The overview first, then each chain's map and its detail maps, as the jobs made them.
        std::vector<ReportMap> maps;
        const auto read = [&](std::size_t job) {
          std::ifstream in(staging / kPageMaps / (std::to_string(job) + ".svg"), std::ios::binary);
          return std::string(std::istreambuf_iterator<char>(in), {});
        };
        maps.push_back(
            {std::string(words.overview_name), read(zone.chains().size()), std::nullopt});
        for (std::size_t job = 0; job < map_jobs.size(); ++job) {
          const DeliverableMap& m = map_jobs[job];
          if (m.vision || m.chain == zone.chains().size()) continue;
          maps.push_back({plan.PageName(zone, plans, m), read(job), m.chain});
        }
        return maps;
      }(),
      plan.links, language);
  // 领导一页纸: one A4 landscape page, the same content as the top of index.html.
  WriteFile(staging, dir, "summary.pdf", Text([&](std::ostream& o) {
              WriteOnePagePdf(o, BuildLeaderSummary(now, vision, language));
            }));
  WriteFile(staging, dir, std::string(kMarker),
            "made by chainmap build; the whole directory is replaced by the next build\n");
  // The documents were written by a worker: count what is on disk (before publishing: a
  // concurrent build may replace DIR at once).
  std::map<std::string, std::size_t> counts;
  for (const auto& entry : fs::recursive_directory_iterator(staging))
    if (entry.is_regular_file() && entry.path().filename() != kMarker)
      ++counts[fs::relative(entry.path(), staging).begin()->string()];
  ThrowIfInterrupted();
  staged.Publish();
  out << "built " << dir.string() << ": index.html, summary.pdf, deck.pptx, maps/ "
      << counts["maps"] << " files, report/ " << counts["report"] << ", lists/ " << counts["lists"]
      << ", export/ " << counts["export"] << "\n";
  return 0;
}

}  // namespace chainmap
