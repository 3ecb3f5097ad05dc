// chainmap fmt: rewrite a zone's files in canonical form through the saver.
#include <filesystem>

#include "src/cli/args.h"
#include "src/cli/commands.h"
#include "src/cli/lock_wait.h"
#include "src/io/atomic_file.h"
#include "src/io/number_format.h"
#include "src/io/zone_files.h"
#include "src/io/zone_loader.h"
#include "src/io/zone_lock.h"
#include "src/io/zone_saver.h"

namespace chainmap {

const std::string_view kFmtHelp =
    "usage: chainmap fmt [ZONE] [--check] [--wait SECONDS]\n"
    "\n"
    "Rewrites the files of the zone in directory ZONE (default: chains) in canonical\n"
    "form: fixed key order, unknown fields kept after the known ones, two-space indent,\n"
    "local enterprises in enterprises.json and external ones in candidates.json.\n"
    "Each file is written beside its target and renamed over it, so an interrupted run\n"
    "leaves every file whole. A zone with errors is not touched. fmt holds the zone's\n"
    "write lock (a flock on ZONE) from reading to writing, so it never interleaves\n"
    "with an import; if another writer holds it, fmt waits, then refuses naming it.\n"
    "\n"
    "options:\n"
    "  --check         change nothing; list the files that are not canonical (exit 2 if any)\n"
    "  --wait SECONDS  how long to wait for another writer of the zone (default 10)\n"
    "\n"
    "exit codes: 0 done (or canonical with --check), 2 bad input or not canonical,\n"
    "1 internal failure\n";

int RunFmt(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  const Args args("fmt", argv, {{"--check", false, ""}, kLockWaitOption});
  const std::filesystem::path dir = args.ZoneDir();
  std::optional<ZoneLock> lock;
  if (!args.Flag("--check") && std::filesystem::is_directory(dir))
    lock.emplace(dir, "fmt", LockWait(args));
  const LoadedZone loaded = LoadZoneDirectory(dir);
  auto files = SaveZone(loaded.zone);
  // A record file that exists but is now empty is emptied, not left with stale records.
  for (const std::string_view name : {kCandidatesFile, kProjectsFile})
    if (!files.count(std::string(name)) && std::filesystem::exists(dir / name))
      files[std::string(name)] = EmptyRecordFile(std::string(name));

  std::vector<std::pair<std::filesystem::path, std::string>> changed;
  for (const auto& [name, content] : files) {
    const auto current = ReadFileIfExists(dir / name);
    if (!current || *current != content) changed.emplace_back(dir / name, content);
  }
  if (args.Flag("--check")) {
    for (const auto& [path, content] : changed)
      err << path.string() << ": not in canonical form: run 'chainmap fmt " << dir.string()
          << "'\n";
    return changed.empty() ? 0 : 2;
  }
  WriteFilesAtomically(changed);
  out << "formatted " << changed.size() << " of " << FormatCount(files.size(), "file", "files")
      << " in " << dir.string() << "\n";
  return 0;
}

}  // namespace chainmap
