// placeholder, replaced below
#include "src/cli/commands.h"
namespace chainmap {
const std::string_view kImportHelp = "usage: chainmap import\n";
int RunImport(const std::vector<std::string>&, std::ostream&, std::ostream&) { return 1; }
}  // namespace chainmap
