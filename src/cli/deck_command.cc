// chainmap deck: the zone's chain maps and figures as an editable PowerPoint deck.
#include <sstream>

#include "src/cli/args.h"
#include "src/cli/command_output.h"
#include "src/cli/commands.h"
#include "src/io/atomic_file.h"
#include "src/io/zone_loader.h"
#include "src/report/deck_content.h"

namespace chainmap {

const std::string_view kDeckHelp =
    "usage: chainmap deck [ZONE] -o FILE.pptx [--assume-stage STAGE]\n"
    "\n"
    "Writes the zone's presentation for leaders as a PowerPoint deck (16:9), every map\n"
    "drawn with native shapes that stay editable in PowerPoint, WPS and Impress: each\n"
    "link a rounded box with its name and enterprises as text, each supply edge a\n"
    "connector glued to its two boxes (move a box and the arrow follows).\n"
    "Slides: the cover; 领导一页纸 (completeness, each chain's 强/弱/在补/缺, top targets,\n"
    "key projects by stage); the overview; per chain a 现状 and a 远景 map (a chain too\n"
    "large for one slide continues on the next, never in type below 10 pt); the\n"
    "recruitment targets per chain and the project tracker as tables; the sources.\n"
    "\n"
    "options:\n"
    "  -o FILE           the deck to write (whole or not at all)\n"
    "  --assume-stage S  the 远景 scenario: projects at stage S or later count as built\n"
    "                    (planned, negotiating, signed, construction; default signed)\n"
    "\n"
    "exit codes: 0 written, 2 bad input or usage, 1 internal failure\n";

int RunDeck(const std::vector<std::string>& argv, std::ostream& out, std::ostream&) {
  const Args args("deck", argv, {{"--output", true, "-o"}, {"--assume-stage", true, ""}});
  const auto output = args.Value("--output");
  if (!output || output->empty())
    throw UsageError(
        "chainmap deck: missing -o FILE.pptx, or -o - for standard output (see "
        "'chainmap deck --help')");
  const ProjectStage stage =
      args.ProjectStageValue("--assume-stage").value_or(ProjectStage::kSigned);
  const LoadedZone loaded = LoadZoneDirectory(args.ZoneDir());
  WriteCommandOutput(args, output, BuildDeck(loaded.zone, stage), true, out);
  if (!ToStandardOutput(output)) out << "wrote " << *output << "\n";
  return 0;
}

}  // namespace chainmap
