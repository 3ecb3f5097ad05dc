// chainmap diff: compare two zone directories.
#include "src/cli/args.h"
#include "src/cli/commands.h"

namespace chainmap {

const std::string_view kDiffHelp = "usage: chainmap diff OLD NEW [--format text|json|md]\n";

int RunDiff(const std::vector<std::string>&, std::ostream&, std::ostream&) { return 1; }

}  // namespace chainmap
