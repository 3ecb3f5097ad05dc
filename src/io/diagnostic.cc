#include "src/io/diagnostic.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "src/io/utf8.h"

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

std::string ShowEscaped(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  const auto byte = [&](unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      byte(c);
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    const std::size_t len = Utf8SequenceLength(text, i);
    if (len <= 1 || i + len > text.size()) {
      byte(c);
      ++i;
      continue;
    }
    unsigned code = c & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) code = (code << 6) | (text[i + k] & 0x3F);
    const bool hidden = (code >= 0x80 && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
                        (code >= 0x2066 && code <= 0x2069);
    if (hidden) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(code >> shift) & 15];
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.position.line > 0)
    out += ":" + std::to_string(d.position.line) + ":" + std::to_string(d.position.column);
  if (!out.empty()) out += ": ";
  if (d.severity == Severity::kWarning) out += "warning: ";
  if (d.severity == Severity::kNote) out += "note: ";
  if (!d.pointer.empty()) out += d.pointer + ": ";
  return ShowEscaped(out + d.message);
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(JoinDiagnostics(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(const std::string& file, const std::string& message)
    : InputError(std::vector<Diagnostic>{{Severity::kError, file, {}, "", message}}) {}

bool DiagnosticSink::Keeps(Severity severity) const {
  return severity == Severity::kError ? errors_.size() < kMaxErrors : others_.size() < kMaxOthers;
}

void DiagnosticSink::Count(Severity severity) {
  ++(severity == Severity::kError ? error_count_ : other_count_);
}

void DiagnosticSink::Add(Diagnostic diagnostic) {
  const bool keep = Keeps(diagnostic.severity);
  Count(diagnostic.severity);
  if (!keep) return;
  (diagnostic.severity == Severity::kError ? errors_ : others_).push_back(std::move(diagnostic));
}

void DiagnosticSink::Rollback(const Mark& mark) {
  errors_.resize(mark.errors);
  error_count_ = mark.error_count;
  others_.resize(mark.others);
  other_count_ = mark.other_count;
}

std::vector<Diagnostic> DiagnosticSink::TakeOthers() {
  std::vector<Diagnostic> out = std::move(others_);
  if (other_count_ > out.size()) {
    out.push_back({Severity::kNote,
                   "",
                   {},
                   "",
                   std::to_string(other_count_ - out.size()) +
                       " more warnings and notes not shown: fix these and run again"});
  }
  return out;
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
