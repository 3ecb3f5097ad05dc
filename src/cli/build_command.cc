// chainmap build: the zone's whole deliverable in one directory: maps, analysis report,
// lists, exports and an index page.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "render/analysis_inputs.h"
#include "render/chain_map.h"
#include "render/graphviz.h"
#include "render/zone_overview.h"
#include "src/cli/analysis_report.h"
#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/cli/deck_content.h"
#include "src/cli/worker_pool.h"
#include "src/io/analysis_json.h"
#include "src/io/export_graph.h"
#include "src/io/graphml_writer.h"
#include "src/io/index_page.h"
#include "src/io/json_writer.h"
#include "src/io/list_files.h"
#include "src/io/node_link_writer.h"
#include "src/io/utf8.h"
#include "src/io/zone_loader.h"
#include "src/lists/list_registry.h"

namespace chainmap {

const std::string_view kBuildHelp =
    "usage: chainmap build [ZONE] -o DIR [--maps svg,png,pdf] [--lists xlsx,csv,md]\n"
    "                      [--targets N] [--assume-stage STAGE] [--dpi N] [--jobs N]\n"
    "\n"
    "Produces the zone's whole deliverable in DIR:\n"
    "  index.html            the front page: completeness, overview, chains, links\n"
    "  deck.pptx             the editable PowerPoint deck (see 'chainmap deck --help')\n"
    "  maps/                 a map per chain and the overview (svg, png, pdf)\n"
    "  report/               analysis.md, analysis.json, targets.csv\n"
    "  lists/                lists.xlsx and one csv and md per list\n"
    "  export/               zone.graphml, zone.json (node-link graph)\n"
    "Everything is made in a staging directory beside DIR and moved into place at the\n"
    "end: DIR is either the complete new deliverable or untouched. An existing DIR is\n"
    "replaced only if an earlier build made it.\n"
    "\n"
    "options:\n"
    "  -o DIR               the output directory (required)\n"
    "  --maps LIST          map formats, comma-separated (default svg,png,pdf)\n"
    "  --lists LIST         list formats (default xlsx,csv,md)\n"
    "  --targets N          recruitment targets shown under each gap on the maps (default 3)\n"
    "  --assume-stage S     the 远景 scenario: projects at stage S or later count as built\n"
    "  --dpi N              PNG resolution (default 120: about 3,000 pixels wide)\n"
    "  --jobs N             processes rendering maps in parallel (default: the cores)\n"
    "\n"
    "exit codes: 0 built, 2 bad input or usage, 1 internal failure\n";

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

int Number(const Args& args, const std::string& option, int fallback, int min, int max) {
  const auto value = args.Value(option);
  if (!value) return fallback;
  int number = 0;
  std::istringstream in(*value);
  in >> number;
  if (!in || !in.eof() || number < min || number > max)
    throw UsageError("chainmap build: " + option + " must be a number from " + std::to_string(min) +
                     " to " + std::to_string(max) + ", not '" + *value + "'");
  return number;
}

void WriteFile(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

template <typename Writer>
std::string Text(Writer write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

/// Refuses to replace a directory that an earlier build did not make.
void CheckTarget(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return;
  if (!fs::is_directory(dir, ec))
    throw InputError(dir.string(), "exists and is not a directory: choose another -o");
  if (fs::is_empty(dir, ec) || fs::exists(dir / kMarker, ec)) return;
  throw InputError(dir.string(),
                   "exists and was not made by chainmap build: choose another -o, or empty it");
}

/// Moves the staging directory into place, replacing an earlier build.
void Publish(const fs::path& staging, const fs::path& dir) {
  std::error_code ec;
  fs::path old;
  if (fs::exists(dir, ec)) {
    old =
        dir.parent_path() / ("." + dir.filename().string() + ".old-" + std::to_string(::getpid()));
    fs::rename(dir, old, ec);
    if (ec) throw InputError(dir.string(), "cannot replace: " + ec.message());
  }
  fs::rename(staging, dir, ec);
  if (ec) {
    if (!old.empty()) fs::rename(old, dir);
    throw InputError(dir.string(), "cannot write: " + ec.message());
  }
  if (!old.empty()) fs::remove_all(old, ec);
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
                   {"--jobs", true, ""}});
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
  ZoneAnalysisOptions options;
  if (const auto stage = args.Value("--assume-stage")) {
    options.assume_stage = ParseProjectStage(*stage);
    if (!options.assume_stage)
      throw UsageError("chainmap build: unknown project stage '" + *stage +
                       "' (stages: " + std::string(ProjectStageChoices()) + ")");
  }
  const std::size_t targets = static_cast<std::size_t>(Number(args, "--targets", 3, 0, 20));
  PageOptions page;
  page.dpi = Number(args, "--dpi", 120, 1, 1200);
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const std::size_t jobs = static_cast<std::size_t>(Number(args, "--jobs", cores, 1, 64));

  const fs::path dir = fs::path(*output).lexically_normal();
  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  const Zone& zone = loaded.zone;
  CheckTarget(dir);
  ZoneAnalysis analysis(zone, options);
  analysis.Run();

  const fs::path parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(parent, ec);
  const fs::path staging =
      parent / ("." + dir.filename().string() + ".partial-" + std::to_string(::getpid()));
  fs::remove_all(staging, ec);
  if (!fs::create_directories(staging, ec) || ec)
    throw InputError(staging.string(), "cannot create: " + (ec ? ec.message() : "exists"));

  // Job 0 writes the documents; jobs 1.. render one map in one format each.
  const std::size_t maps = zone.chains().size() + 1;  // the chains, then the overview
  IndexPageLinks links{map_format_names, {}, {}, {}};
  const auto documents = [&] {
    const auto write = [&](const std::string& path, const std::string& content,
                           std::vector<std::string>& index) {
      WriteFile(staging / path, content);
      index.push_back(path);
    };
    write("report/analysis.md",
          Text([&](std::ostream& o) { WriteAnalysisMarkdown(o, analysis, {}); }), links.reports);
    write("report/analysis.json", WriteJson(AnalysisToJson(analysis)), links.reports);
    // A file planners open in Excel: the byte-order mark makes it read the Chinese as UTF-8.
    write("report/targets.csv",
          std::string(kUtf8Bom) + Text([&](std::ostream& o) { WriteTargetsCsv(o, analysis, {}); }),
          links.reports);
    for (const auto& [name, content] :
         ListFiles(BuildLists(ListInputs{zone, analysis}), list_formats))
      write("lists/" + name, content, links.lists);
    const ExportGraph graph = BuildExportGraph(zone);
    write("export/zone.graphml", Text([&](std::ostream& o) { WriteGraphml(graph, o); }),
          links.exports);
    write("export/zone.json", Text([&](std::ostream& o) { WriteNodeLinkJson(graph, o); }),
          links.exports);
    WriteFile(staging / "index.html",
              Text([&](std::ostream& o) { WriteIndexPage(o, analysis, links); }));
  };
  const auto render = [&](std::size_t job) {
    static std::unique_ptr<GraphvizContext> graphviz;  // one per worker process
    if (!graphviz) graphviz = std::make_unique<GraphvizContext>();
    const std::size_t map = job % maps;
    const OutputFormat format = map_formats[job / maps];
    std::string dot, stem;
    if (map < zone.chains().size()) {
      ChainMapOptions chain_options;
      chain_options.max_targets = targets;
      chain_options.page = page;
      dot = ChainMapDot(ChainMapInputFrom(analysis, map), chain_options, format);
      stem = zone.chains()[map].id;
    } else {
      dot = ZoneOverviewDot(ZoneOverviewInputFrom(analysis), ZoneOverviewOptions{page}, format);
      stem = "overview";
    }
    WriteFile(staging / "maps" / (stem + "." + std::string(ToString(format))),
              graphviz->Render(dot, format).bytes);
  };
  // The last job writes the deck: 现状 and 远景 (the scenario given, or signed and later).
  const std::size_t deck_job = 1 + maps * map_formats.size();
  const std::vector<std::string> failures = RunInWorkers(deck_job + 1, jobs, [&](std::size_t job) {
    if (job == 0)
      documents();
    else if (job == deck_job)
      WriteFile(staging / "deck.pptx",
                BuildDeck(zone, options.assume_stage.value_or(ProjectStage::kSigned)));
    else
      render(job - 1);
  });
  if (!failures.empty()) {
    fs::remove_all(staging, ec);
    std::string message = "chainmap build failed:";
    for (const std::string& f : failures) message += "\n  " + f;
    throw std::runtime_error(message);
  }
  WriteFile(staging / kMarker,
            "made by chainmap build; the whole directory is replaced by the next build\n");
  Publish(staging, dir);

  // The documents were written by a worker: count what is on disk.
  std::map<std::string, std::size_t> counts;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().filename() != kMarker)
      ++counts[fs::relative(entry.path(), dir).begin()->string()];
  out << "built " << dir.string() << ": index.html, deck.pptx, maps/ " << counts["maps"]
      << " files, report/ " << counts["report"] << ", lists/ " << counts["lists"] << ", export/ "
      << counts["export"] << "\n";
  return 0;
}

}  // namespace chainmap
