#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "src/io/json_document.h"

namespace chainmap {

/// How bad a finding is: errors stop a load, warnings and notes do not.
enum class Severity { kError, kWarning, kNote };

/// One finding about an input file: where, and what is wrong or worth knowing.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;       ///< As the user named it, e.g. "chains/steel.json".
  TextPosition position;  ///< line 0 when the finding concerns the file as a whole.
  std::string pointer;    ///< JSON pointer, e.g. "/links/3/to"; may be empty.
  std::string message;
};

/// "chains/steel.json:41:15: /edges/3/to: unknown link 'x' (did you mean 'y'?)";
/// warnings and notes say so after the position.
std::string FormatDiagnostic(const Diagnostic& diagnostic);

/// Bad input: one or more errors, each with its place. Thrown by loaders and
/// importers; the command line prints the diagnostics and exits with code 2.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  /// Convenience for a single error about a whole file or an argument.
  InputError(const std::string& file, const std::string& message);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

/// Collects the findings of one run, keeping at most kMaxErrors errors.
class DiagnosticSink {
 public:
  static constexpr std::size_t kMaxErrors = 50;

  void Add(Diagnostic diagnostic);
  std::size_t error_count() const { return error_count_; }
  bool full() const { return error_count_ >= kMaxErrors; }
  /// Errors first in the order found, then a line saying how many were left out.
  std::vector<Diagnostic> TakeErrors();
  std::vector<Diagnostic> TakeOthers() { return std::move(others_); }

 private:
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> others_;
  std::size_t error_count_ = 0;
};

}  // namespace chainmap
