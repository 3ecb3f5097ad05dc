#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
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
/// warnings and notes say so after the position. Control characters and other text
/// that a terminal would act on are shown escaped (see ShowEscaped).
std::string FormatDiagnostic(const Diagnostic& diagnostic);

/// `text` safe to print on a terminal: C0 controls and DEL as "\x1b", C1 controls and
/// bidirectional overrides as "\u009b", bytes that are not UTF-8 as "\xff"; the rest as is.
std::string ShowEscaped(std::string_view text);

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

/// Collects the findings of one run, keeping at most kMaxErrors errors and
/// kMaxOthers warnings and notes; the rest are counted.
class DiagnosticSink {
 public:
  static constexpr std::size_t kMaxErrors = 50;
  static constexpr std::size_t kMaxOthers = 200;

  void Add(Diagnostic diagnostic);
  /// Whether a finding of `severity` would be kept (else it is only counted): callers
  /// skip finding its position when it would not.
  bool Keeps(Severity severity) const;
  /// Counts a finding that is not kept.
  void Count(Severity severity);
  std::size_t error_count() const { return error_count_; }
  bool full() const { return error_count_ >= kMaxErrors; }
  /// Errors first in the order found, then a line saying how many were left out.
  std::vector<Diagnostic> TakeErrors();
  /// Warnings and notes in the order found, then a line saying how many were left out.
  std::vector<Diagnostic> TakeOthers();

  /// A point to roll back to: what a file reported is taken back when the file turns
  /// out to be broken.
  struct Mark {
    std::size_t errors = 0;
    std::size_t error_count = 0;
    std::size_t others = 0;
    std::size_t other_count = 0;
  };
  Mark mark() const { return {errors_.size(), error_count_, others_.size(), other_count_}; }
  void Rollback(const Mark& mark);

 private:
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> others_;
  std::size_t error_count_ = 0;
  std::size_t other_count_ = 0;
};

}  // namespace chainmap
