#include "src/cli/args.h"

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

AnalysisRequest ParseAnalysisRequest(const std::string& command, const Zone& zone,
                                     const std::optional<std::string>& chain,
                                     const std::optional<std::string>& assume_stage) {
  AnalysisRequest r;
  if (chain) {
    r.chain = zone.ChainIndex(*chain);
    if (!r.chain) {
      std::string known;
      for (const Chain& c : zone.chains()) known += (known.empty() ? "" : ", ") + c.id;
      throw UsageError("chainmap " + command + ": unknown chain '" + *chain +
                       "' (chains: " + known + ")");
    }
  }
  if (assume_stage) {
    r.assume_stage = ParseProjectStage(*assume_stage);
    if (!r.assume_stage)
      throw UsageError("chainmap " + command + ": unknown stage '" + *assume_stage + "' (use " +
                       std::string(ProjectStageChoices()) + ")");
  }
  return r;
}

std::size_t ParseTop(const std::string& command, const std::string& value) {
  std::size_t n = 0;
  bool ok = !value.empty() && value.size() <= 9;
  for (char c : value) {
    ok = ok && c >= '0' && c <= '9';
    if (ok) n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  if (!ok)
    throw UsageError("chainmap " + command + ": --top needs a whole number, got '" + value + "'");
  return n;
}

}  // namespace chainmap
