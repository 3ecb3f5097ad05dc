#include "src/cli/args.h"

#include <algorithm>
#include <charconv>

#include "src/io/number_format.h"

namespace chainmap {

Args::Args(const std::string& command, const std::vector<std::string>& argv,
           const std::vector<OptionSpec>& specs)
    : command_(command) {
  const std::string hint = " (see 'chainmap " + command + " --help')";
  bool options_done = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (options_done || arg.size() < 2 || arg[0] != '-') {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string name = arg;
    std::optional<std::string> inline_value;
    if (const auto eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
      name = arg.substr(0, eq);
      inline_value = arg.substr(eq + 1);
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& s : specs)
      if (s.name == name || (!s.alias.empty() && s.alias == name)) spec = &s;
    if (!spec) throw UsageError("chainmap " + command + ": unknown option '" + name + "'" + hint);
    std::string value;
    if (spec->takes_value) {
      if (inline_value) {
        value = *inline_value;
      } else if (i + 1 < argv.size()) {
        value = argv[++i];
      } else {
        throw UsageError("chainmap " + command + ": option '" + spec->name + "' needs a value" +
                         hint);
      }
    } else if (inline_value) {
      throw UsageError("chainmap " + command + ": option '" + spec->name + "' takes no value" +
                       hint);
    }
    if (!values_.emplace(spec->name, value).second)
      throw UsageError("chainmap " + command + ": option '" + spec->name + "' is given twice" +
                       hint);
  }
}

std::optional<std::string> Args::Value(const std::string& name) const {
  const auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string Args::ZoneDir(const std::string& fallback) const {
  if (positional_.size() > 1)
    throw UsageError("chainmap " + command_ + ": expected at most one zone directory, got '" +
                     positional_[1] + "' as well (see 'chainmap " + command_ + " --help')");
  return positional_.empty() ? fallback : positional_.front();
}

std::string Args::Message(const std::string& text) const {
  return "chainmap " + command_ + ": " + text;
}

long Args::Integer(const std::string& name, long fallback, long min, long max) const {
  const auto value = Value(name);
  if (!value) return fallback;
  long number = 0;
  const char* end = value->data() + value->size();
  const auto [stop, error] = std::from_chars(value->data(), end, number);
  if (value->empty() || error != std::errc() || stop != end || number < min || number > max)
    throw UsageError(Message(name + " must be a whole number from " + std::to_string(min) + " to " +
                             std::to_string(max) + ", not '" + *value + "'"));
  return number;
}

double Args::Decimal(const std::string& name, double fallback, double min, double max) const {
  const auto value = Value(name);
  if (!value) return fallback;
  double number = 0;
  const char* end = value->data() + value->size();
  const auto [stop, error] = std::from_chars(value->data(), end, number);
  if (value->empty() || error != std::errc() || stop != end || !(number >= min && number <= max))
    throw UsageError(Message(name + " must be a number from " + FormatNumber(min) + " to " +
                             FormatNumber(max) + ", not '" + *value + "'"));
  return number;
}

std::string Args::Choice(const std::string& name, const std::string& fallback,
                         const std::vector<std::string>& choices) const {
  std::string value = Value(name).value_or(fallback);
  if (std::find(choices.begin(), choices.end(), value) != choices.end()) return value;
  std::string known;
  for (const std::string& c : choices) known += (known.empty() ? "" : ", ") + c;
  throw UsageError(Message(name + " must be one of " + known + ", not '" + value + "'"));
}

std::optional<ProjectStage> Args::ProjectStageValue(const std::string& name) const {
  const auto value = Value(name);
  if (!value) return std::nullopt;
  const auto stage = ParseProjectStage(*value);
  if (!stage)
    throw UsageError(Message("unknown project stage '" + *value +
                             "' (stages: " + std::string(ProjectStageChoices()) + ")"));
  return stage;
}

AnalysisRequest ParseAnalysisRequest(const Args& args, const Zone& zone) {
  AnalysisRequest r;
  if (const auto chain = args.Value("--chain")) {
    r.chain = zone.ChainIndex(*chain);
    if (!r.chain) {
      std::string known;
      for (const Chain& c : zone.chains()) known += (known.empty() ? "" : ", ") + c.id;
      throw UsageError(args.Message("unknown chain '" + *chain + "' (chains: " + known + ")"));
    }
  }
  r.assume_stage = args.ProjectStageValue("--assume-stage");
  return r;
}

}  // namespace chainmap
