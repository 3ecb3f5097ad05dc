#include "src/io/diagnostic.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace chainmap {
namespace {

std::string JoinDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    if (!out.empty()) out += '\n';
    out += FormatDiagnostic(d);
  }
  return out;
}

}  // namespace

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.position.line > 0)
    out += ":" + std::to_string(d.position.line) + ":" + std::to_string(d.position.column);
  if (!out.empty()) out += ": ";
  if (d.severity == Severity::kWarning) out += "warning: ";
  if (d.severity == Severity::kNote) out += "note: ";
  if (!d.pointer.empty()) out += d.pointer + ": ";
  return out + d.message;
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(JoinDiagnostics(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(const std::string& file, const std::string& message)
    : InputError(std::vector<Diagnostic>{{Severity::kError, file, {}, "", message}}) {}

void DiagnosticSink::Add(Diagnostic diagnostic) {
  if (diagnostic.severity != Severity::kError) {
    others_.push_back(std::move(diagnostic));
    return;
  }
  ++error_count_;
  if (errors_.size() < kMaxErrors) errors_.push_back(std::move(diagnostic));
}

std::vector<Diagnostic> DiagnosticSink::TakeErrors() {
  std::vector<Diagnostic> out = std::move(errors_);
  // Files in the order they were first reported on; within a file, by position, and
  // what is about the whole file (no position) after its positioned errors.
  std::map<std::string, std::size_t> file_order;
  for (const Diagnostic& d : out) file_order.emplace(d.file, file_order.size());
  auto key = [&](const Diagnostic& d) {
    const bool whole_file = d.position.line == 0;
    return std::tuple(file_order[d.file], whole_file, d.position.line, d.position.column);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  if (error_count_ > out.size()) {
    out.push_back({Severity::kError,
                   "",
                   {},
                   "",
                   std::to_string(error_count_ - kMaxErrors) +
                       " more errors not shown: fix these and run again"});
  }
  return out;
}

}  // namespace chainmap
