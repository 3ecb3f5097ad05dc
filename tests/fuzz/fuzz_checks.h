#pragma once
// The properties the fuzz targets check, shared by the libFuzzer targets (tests/fuzz/*_fuzzer.cc)
// and by the regression test that replays the corpus and every crash found
// (tests/fuzz/fuzz_regression_test.cc), so that a crash stays fixed in the ordinary test build.
//
// Expected outcomes on bad input are JsonSyntaxError (from the parser) and InputError (from
// the loader); they are caught here. Any other exception escapes, and a violated property
// throws FuzzFailure: under libFuzzer both end in std::terminate, which it reports as a crash.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "src/io/diagnostic.h"
#include "src/io/json_document.h"
#include "src/io/zone_loader.h"
#include "src/io/zone_saver.h"

namespace chainmap::fuzz {

/// A property of the code under test does not hold for an input.
class FuzzFailure : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

/// The files of a zone packed into one fuzz input. Each file starts with a header line
/// "--- <name>" at the start of a line; its content runs to the newline before the next
/// header. Bytes before the first header are "zone.json". Later files of the same name win.
///
///   {"format": "chainmap/1", ...}     <- zone.json
///   --- steel.json
///   {"id": "steel", ...}
inline std::map<std::string, std::string> SplitZoneInput(std::string_view data) {
  constexpr auto npos = std::string_view::npos;
  // The position of the next header at or after `from`, which is a line start.
  const auto next_header = [&](std::size_t from) -> std::size_t {
    if (from == 0) {
      if (data.substr(0, 4) == "--- ") return 0;
      const std::size_t p = data.find("\n--- ");
      return p == npos ? npos : p + 1;
    }
    const std::size_t p = data.find("\n--- ", from - 1);
    return p == npos ? npos : p + 1;
  };
  std::map<std::string, std::string> files;
  std::size_t header = next_header(0);
  if (header != 0) files["zone.json"] = data.substr(0, header == npos ? npos : header - 1);
  while (header != npos) {
    const std::size_t eol = data.find('\n', header + 4);
    const std::string name(data.substr(header + 4, eol == npos ? npos : eol - header - 4));
    if (eol == npos) {
      files[name] = "";
      break;
    }
    const std::size_t next = next_header(eol + 1);
    const std::size_t length = next == npos ? npos : next > eol + 1 ? next - 1 - (eol + 1) : 0;
    files[name] = data.substr(eol + 1, length);
    header = next;
  }
  return files;
}

/// Packs files into one input, the inverse of SplitZoneInput (zone.json first).
inline std::string JoinZoneInput(const std::map<std::string, std::string>& files) {
  std::string out;
  bool first = true;
  if (const auto it = files.find("zone.json"); it != files.end()) {
    out = it->second;
    first = false;
  }
  for (const auto& [name, content] : files) {
    if (name == "zone.json") continue;
    if (!first) out += '\n';
    first = false;
    out += "--- " + name + "\n" + content;
  }
  return out;
}

/// A reader over files held in memory.
inline ZoneFileReader MemoryReader(const std::map<std::string, std::string>& files) {
  return [&files](const std::string& name) -> std::optional<std::string> {
    const auto it = files.find(name);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
}

/// Parses any bytes: a document or JsonSyntaxError with a position inside the text.
inline void CheckJsonDocument(std::string_view data) {
  try {
    const JsonDocument doc = JsonDocument::Parse(data);
    // Every value has a position; the root's is where the text starts.
    const TextPosition root = doc.PositionOf("");
    if (root.line < 1 || root.column < 1) throw FuzzFailure("root value without a position");
  } catch (const JsonSyntaxError& e) {
    const TextPosition p = e.position();
    if (p.line < 1 || p.column < 1) throw FuzzFailure("syntax error without a position");
    if (std::string_view(e.what()).empty()) throw FuzzFailure("syntax error without a message");
  }
}

/// Loads a zone from the files packed in `data`: a zone or InputError whose every
/// diagnostic names a file and says something, but for the line after the first
/// DiagnosticSink::kMaxErrors errors that counts the rest ("N more errors not shown").
inline std::optional<LoadedZone> CheckZoneLoad(const std::map<std::string, std::string>& files) {
  try {
    return LoadZone(MemoryReader(files), "z");
  } catch (const InputError& e) {
    const std::vector<Diagnostic>& all = e.diagnostics();
    if (all.empty()) throw FuzzFailure("InputError without diagnostics");
    std::size_t located = all.size();
    if (all.size() == DiagnosticSink::kMaxErrors + 1) {
      const Diagnostic& last = all.back();
      if (!last.file.empty() || last.message.find(" more errors not shown") == std::string::npos)
        throw FuzzFailure("after " + std::to_string(DiagnosticSink::kMaxErrors) +
                          " errors, not the count of the rest: " + FormatDiagnostic(last));
      --located;
    }
    if (located > DiagnosticSink::kMaxErrors)
      throw FuzzFailure(std::to_string(all.size()) + " diagnostics, more than the cap");
    for (std::size_t i = 0; i < located; ++i) {
      if (all[i].file.empty() || all[i].message.empty())
        throw FuzzFailure("diagnostic without a file or a message: " + FormatDiagnostic(all[i]));
    }
    return std::nullopt;
  }
}

/// Whether the zone's enterprises are in the order the saver writes them (local ones
/// first): only then can a reloaded zone be equal to the loaded one, since `fmt` moves
/// external enterprises from enterprises.json to candidates.json (docs/format.md).
inline bool LocalEnterprisesFirst(const Zone& zone) {
  bool external_seen = false;
  for (const Enterprise& e : zone.enterprises()) {
    if (!e.local) external_seen = true;
    if (e.local && external_seen) return false;
  }
  return true;
}

/// Load → save → load: what the saver writes must load, equal to what was saved, and
/// saving it again must give the same bytes (`fmt` is idempotent).
inline void CheckRoundTrip(const std::map<std::string, std::string>& files) {
  const std::optional<LoadedZone> first = CheckZoneLoad(files);
  if (!first) return;
  const std::map<std::string, std::string> saved = SaveZone(first->zone);
  LoadedZone second;
  try {
    second = LoadZone(MemoryReader(saved), "z");
  } catch (const InputError& e) {
    throw FuzzFailure("the saved zone does not load: " + FormatDiagnostic(e.diagnostics().front()));
  }
  if (LocalEnterprisesFirst(first->zone) && !(second.zone == first->zone))
    throw FuzzFailure("the saved zone loads different from the zone saved");
  if (SaveZone(second.zone) != saved) throw FuzzFailure("saving the reloaded zone changes it");
}

}  // namespace chainmap::fuzz
