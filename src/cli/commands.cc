#include "src/cli/commands.h"

#include <array>

#include "render/font_check.h"
#include "src/cli/args.h"
#include "src/cli/interrupt.h"
#include "src/io/diagnostic.h"
#include "src/io/output_file.h"

namespace chainmap {
namespace {

int RunHelp(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

constexpr std::string_view kHelpHelp =
    "usage: chainmap help [COMMAND]\n"
    "\n"
    "Lists the commands, or shows the help of one command.\n";

const std::array kCommands{
    Command{"build", "make the whole deliverable: report page, deck, 现状/远景 maps, lists",
            kBuildHelp, RunBuild, true},
    Command{"validate", "check a zone's files and print a summary", kValidateHelp, RunValidate},
    Command{"fmt", "rewrite a zone's files in canonical form", kFmtHelp, RunFmt},
    Command{"analyze", "link status, gaps, completeness, criticality and resilience", kAnalyzeHelp,
            RunAnalyze},
    Command{"targets", "rank recruitment targets for every gap, with reasons", kTargetsHelp,
            RunTargets},
    Command{"render", "draw a chain map or the zone overview (svg, png, pdf, dot)", kRenderHelp,
            RunRender, true},
    Command{"deck", "write the zone's editable PowerPoint deck (native shapes)", kDeckHelp,
            RunDeck},
    Command{"import", "add enterprises from a registry export (XLSX or CSV) to a zone", kImportHelp,
            RunImport},
    Command{"lists", "write the zone's lists as XLSX, CSV and Markdown", kListsHelp, RunLists},
    Command{"export", "write the zone's graph as GraphML or node-link JSON", kExportHelp,
            RunExport},
    Command{"extract", "propose projects, stage changes and facts from a work summary",
            kExtractHelp, RunExtract},
    Command{"diff", "compare two zones: projects, links, completeness, targets", kDiffHelp,
            RunDiff},
    Command{"help", "list the commands or show one command's help", kHelpHelp, RunHelp},
};

constexpr std::string_view kOverview =
    "chainmap: industrial-chain maps and analysis for a development zone\n"
    "\n"
    "usage: chainmap COMMAND [ARGS...]\n"
    "       chainmap COMMAND --help\n"
    "       chainmap --version\n"
    "\n"
    "commands:\n";

void PrintOverview(std::ostream& out) {
  out << kOverview;
  for (const Command& c : kCommands) {
    out << "  " << c.name << std::string(12 - c.name.size(), ' ') << c.summary << "\n";
  }
  out << "\nZONE is a zone directory (default: chains). Exit codes: 0 ok, 1 internal "
         "failure, 2 bad input or usage,\n3 an output could not be written (a full disk, a "
         "read-only directory).\nSee docs/cli.md and docs/format.md.\n";
}

const Command* FindCommand(std::string_view name) {
  for (const Command& c : kCommands)
    if (c.name == name) return &c;
  return nullptr;
}

int RunHelp(const std::vector<std::string>& args, std::ostream& out, std::ostream&) {
  if (args.empty()) {
    PrintOverview(out);
    return 0;
  }
  const Command* command = FindCommand(args.front());
  if (!command) throw UsageError("chainmap help: unknown command '" + args.front() + "'");
  out << command->help;
  return 0;
}

}  // namespace

std::span<const Command> Commands() { return kCommands; }

int RunCli(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  try {
    if (argv.empty()) {
      PrintOverview(err);
      return 2;
    }
    const std::string& name = argv.front();
    if (name == "--version" || name == "version") {
      out << "chainmap " << CHAINMAP_VERSION << "\n";
      return 0;
    }
    if (name == "--help" || name == "-h") {
      PrintOverview(out);
      return 0;
    }
    const Command* command = FindCommand(name);
    if (!command) {
      std::string known;
      for (const Command& c : kCommands) known += (known.empty() ? "" : ", ") + std::string(c.name);
      err << "chainmap: unknown command '" << name << "' (commands: " << known
          << "; see 'chainmap help')\n";
      return 2;
    }
    const std::vector<std::string> args(argv.begin() + 1, argv.end());
    for (const std::string& arg : args) {
      if (arg == "--") break;
      if (arg == "--help" || arg == "-h") {
        out << command->help;
        return 0;
      }
    }
    if (command->draws)
      if (const auto warning = MissingCjkFontWarning())
        err << "chainmap " << command->name << ": warning: " << *warning << "\n";
    return command->run(args, out, err);
  } catch (const Interrupted& e) {
    err << "chainmap: " << e.what() << "\n";
    return 128 + e.signal();
  } catch (const WriteError& e) {
    err << ShowEscaped(e.what()) << "\n";
    return 3;
  } catch (const InputError& e) {
    for (const Diagnostic& d : e.diagnostics()) err << FormatDiagnostic(d) << "\n";
    return 2;
  } catch (const UsageError& e) {
    err << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    err << "chainmap: internal error: " << e.what()
        << "\nPlease report this with the command and the input that caused it.\n";
    return 1;
  }
}

}  // namespace chainmap
