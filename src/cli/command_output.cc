#include "src/cli/command_output.h"

#include <unistd.h>

#include "src/io/atomic_file.h"

namespace chainmap {

void WriteCommandOutput(const Args& args, const std::optional<std::string>& output,
                        const std::string& bytes, bool binary, std::ostream& out) {
  if (!ToStandardOutput(output)) {
    WriteFileAtomically(*output, bytes);
    return;
  }
  if (binary && ::isatty(STDOUT_FILENO))
    throw UsageError(args.Message(
        "will not write a binary file to the terminal: give -o FILE, or redirect the output "
        "(> FILE or | …)"));
  out << bytes;
}

}  // namespace chainmap
