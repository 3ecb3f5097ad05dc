#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "src/model/zone.h"

namespace chainmap {

/// A command line that does not fit the command's usage; the CLI exits with 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One option a command accepts: "--chain" (with a value) or "--strict" (a flag),
/// with an optional short alias such as "-o".
struct OptionSpec {
  std::string name;
  bool takes_value = false;
  std::string alias;
};

/// A command's arguments parsed against its options. "--name value" and
/// "--name=value" both work; "--" ends the options.
class Args {
 public:
  /// Throws UsageError for unknown options, missing values or repeated options.
  Args(const std::string& command, const std::vector<std::string>& argv,
       const std::vector<OptionSpec>& specs);

  bool Flag(const std::string& name) const { return values_.count(name) > 0; }
  std::optional<std::string> Value(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }
  /// The single optional positional argument (the zone directory), or `fallback`;
  /// UsageError if there are more than `max` positional arguments.
  std::string ZoneDir(const std::string& fallback = "chains") const;

 private:
  std::string command_;
  std::map<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

/// The options analyze and targets share: --chain, --assume-stage, --format; parsed and
/// checked against the zone (UsageError on a bad value).
struct AnalysisRequest {
  std::optional<std::size_t> chain;
  std::optional<ProjectStage> assume_stage;
  std::string format = "text";
};

/// Parses --chain and --assume-stage values; `command` names the command in messages.
AnalysisRequest ParseAnalysisRequest(const std::string& command, const Zone& zone,
                                     const std::optional<std::string>& chain,
                                     const std::optional<std::string>& assume_stage);

/// Parses a --top value: a non-negative integer.
std::size_t ParseTop(const std::string& command, const std::string& value);

}  // namespace chainmap
