#pragma once
// The properties the enterprise CSV importer and the rendering label escaping must keep
// on any input; used by enterprise_csv_fuzzer, label_escape_fuzzer and the ordinary
// test build (import_render_checks_test.cc). See fuzz_checks.h for the conventions.

#include <string>
#include <string_view>

#include "render/html_text.h"
#include "src/io/enterprise_csv.h"
#include "src/io/enterprise_csv_import.h"
#include "src/io/utf8.h"
#include "src/io/zone_saver.h"
#include "tests/fuzz/fuzz_checks.h"
#include "tests/io/zone_fixture.h"

namespace chainmap::fuzz {

/// Reads `data` as a registry CSV and imports it into the tiny test zone: either the file
/// is refused with a message, or the zone after the import saves and loads back equal
/// (an import never leaves a zone that chainmap itself would reject).
inline void CheckEnterpriseCsvImport(std::string_view data) {
  EnterpriseCsv csv;
  try {
    csv = ParseEnterpriseCsv(data, "f.csv");
  } catch (const InputError& e) {
    if (e.diagnostics().empty()) throw FuzzFailure("InputError without diagnostics");
    return;
  }
  for (const Diagnostic& d : csv.rejected)
    if (d.message.empty()) throw FuzzFailure("a rejected row without a reason");
  static const testing::ZoneFiles files = testing::TinyZoneFiles();
  Zone zone = testing::LoadFiles(files).zone;
  ImportEnterprises(zone, csv, "f.csv");
  const auto saved = SaveZone(zone);
  LoadedZone reloaded;
  try {
    reloaded = LoadZone(MemoryReader(saved), "z");
  } catch (const InputError& e) {
    throw FuzzFailure(std::string("the imported zone does not load: ") + e.what());
  }
  if (SaveZone(reloaded.zone) != saved) throw FuzzFailure("the imported zone does not round-trip");
}

/// Escapes `data` for labels: HtmlText leaves no markup character and only whole
/// entities, with backslashes doubled; DotQuoted leaves no unescaped quote or line break;
/// Ellipsize keeps UTF-8 valid and cuts to the length asked.
inline void CheckLabelEscape(std::string_view data) {
  if (FindInvalidUtf8(data)) return;  // names reach the renderer only after the loader's check
  const std::string html = HtmlText(data);
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '<' || c == '>' || c == '"' || c == '\'')
      throw FuzzFailure("markup character left in an HTML label");
    if (c == '&') {
      std::size_t j = i + 1;
      if (j < html.size() && html[j] == '#') ++j;
      const std::size_t start = j;
      while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j]))) ++j;
      if (j == start || j >= html.size() || html[j] != ';')
        throw FuzzFailure("a bare '&' in an HTML label");
    }
    if (c == '\\') {
      if (i + 1 >= html.size() || html[i + 1] != '\\') throw FuzzFailure("a lone backslash");
      ++i;
    }
  }
  const std::string quoted = DotQuoted(data);  // "…", with the inside escaped
  if (quoted.size() < 2 || quoted.front() != '"' || quoted.back() != '"')
    throw FuzzFailure("DotQuoted is not in quotes");
  for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
    if (quoted[i] == '\\') {
      if (i + 2 >= quoted.size()) throw FuzzFailure("DotQuoted ends in a lone backslash");
      ++i;
      continue;
    }
    if (quoted[i] == '"' || quoted[i] == '\n') throw FuzzFailure("unescaped quote or newline");
  }
  const std::size_t max = 1 + (data.empty() ? 0 : static_cast<unsigned char>(data[0]) % 16);
  const std::string cut = Ellipsize(data, max);
  if (FindInvalidUtf8(cut)) throw FuzzFailure("Ellipsize broke UTF-8");
  std::size_t chars = 0;
  for (unsigned char c : cut) chars += (c & 0xC0) != 0x80;
  if (chars > std::max<std::size_t>(max, 1))
    throw FuzzFailure("Ellipsize made it longer than asked");
}

}  // namespace chainmap::fuzz
