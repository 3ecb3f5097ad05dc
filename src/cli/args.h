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

  /// The whole number given to `name`, or `fallback` without it; UsageError, in one wording
  /// for every command, when it is not a whole number from `min` to `max`.
  long Integer(const std::string& name, long fallback, long min, long max) const;
  /// The same for a decimal number ("0.5", "30").
  double Decimal(const std::string& name, double fallback, double min, double max) const;
  /// The project stage given to `name` (e.g. --assume-stage), or nullopt without it;
  /// UsageError naming the stages when it is none of them.
  std::optional<ProjectStage> ProjectStageValue(const std::string& name) const;
  /// The value given to `name`, or `fallback`; UsageError naming the choices when it is
  /// none of them.
  std::string Choice(const std::string& name, const std::string& fallback,
                     const std::vector<std::string>& choices) const;
  /// "chainmap COMMAND: " + text, for a UsageError of this command.
  std::string Message(const std::string& text) const;

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

/// Parses --chain and --assume-stage, checked against the zone (UsageError on a bad value).
AnalysisRequest ParseAnalysisRequest(const Args& args, const Zone& zone);

}  // namespace chainmap
