#pragma once

#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

/// Runs one command with its arguments (after the command's name); returns the exit
/// code: 0 ok, 1 internal failure, 2 bad input or usage, 3 an output not written.
using CommandFn = int (*)(const std::vector<std::string>& args, std::ostream& out,
                          std::ostream& err);

/// One entry of the command table.
struct Command {
  std::string_view name;
  std::string_view summary;  ///< One line for `chainmap help`.
  std::string_view help;     ///< The full text of `chainmap NAME --help`.
  CommandFn run;
  /// Whether it draws maps with the fonts installed here: before running it, RunCli
  /// warns when no font covers Chinese (render/font_check.h).
  bool draws = false;
};

/// Every command, in the order `chainmap help` lists them.
std::span<const Command> Commands();

/// The whole command line (without the program name). Catches InputError and
/// UsageError (exit 2), WriteError (exit 3), Interrupted (128 + the signal) and other
/// exceptions (exit 1); prints them to `err`.
int RunCli(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);

// The commands, each in its own file.
int RunValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunFmt(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunLists(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunImport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunBuild(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
extern const std::string_view kBuildHelp;
extern const std::string_view kValidateHelp;
extern const std::string_view kFmtHelp;
extern const std::string_view kListsHelp;
extern const std::string_view kExportHelp;
extern const std::string_view kImportHelp;
int RunRender(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
extern const std::string_view kRenderHelp;
int RunAnalyze(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunTargets(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
extern const std::string_view kAnalyzeHelp;
extern const std::string_view kTargetsHelp;
int RunExtract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
extern const std::string_view kExtractHelp;
int RunDiff(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
extern const std::string_view kDiffHelp;
int RunDeck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
extern const std::string_view kDeckHelp;

}  // namespace chainmap
