#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "src/cli/args.h"

namespace chainmap {

/// Writes a command's one output: to the file `-o` names (whole or not at all), or to
/// standard output when there is no -o or it is "-". A binary format (`binary`: PNG, PDF,
/// PPTX) is never written to a terminal: UsageError asking for -o FILE or a redirect.
void WriteCommandOutput(const Args& args, const std::optional<std::string>& output,
                        const std::string& bytes, bool binary, std::ostream& out);

/// Whether the output goes to standard output (no -o, or -o -).
inline bool ToStandardOutput(const std::optional<std::string>& output) {
  return !output || *output == "-";
}

}  // namespace chainmap
