#include <catch2/catch.hpp>
#include <cstdint>

#include "src/io/zone_loader.h"
#include "src/io/zone_saver.h"
#include "tests/io/zone_fixture.h"

using namespace chainmap;
using namespace chainmap::testing;

// A record file parsed on a second thread (LoadOptions::parse_thread_from) loads the same
// zone, with the same messages in the same order, as one parsed on the loading thread.

namespace {

/// The tiny zone with `count` candidates, one per line from line 3: "c0", "c1", …; every
/// tenth has no source (a warning each, past the cap of those kept).
ZoneFiles ZoneWithCandidates(std::size_t count) {
  ZoneFiles files = TinyZoneFiles();
  std::string text = "{\n  \"enterprises\": [\n";
  for (std::size_t i = 0; i < count; ++i)
    text += std::string(i ? ",\n" : "") + "    {\"id\": \"c" + std::to_string(i) +
            "\", \"name\": \"C\", \"local\": false, \"links\": [\"nev/vehicle\"]" +
            (i % 10 ? ", \"source\": \"[gk] t\"" : "") + "}";
  files["candidates.json"] = text + "\n  ]\n}\n";
  return files;
}

/// Everything a load gives: the saved zone and the findings, or the errors.
std::string Outcome(const ZoneFiles& files, std::size_t parse_thread_from) {
  LoadOptions options;
  options.parse_thread_from = parse_thread_from;
  try {
    const LoadedZone loaded = LoadZone(ReaderOf(files), "z", options);
    std::string out;
    for (const auto& [name, text] : SaveZone(loaded.zone)) out += name + "\n" + text;
    for (const Diagnostic& d : loaded.findings) out += FormatDiagnostic(d) + "\n";
    return out;
  } catch (const InputError& e) {
    return std::string("errors\n") + e.what();
  }
}

/// The outcome on one thread, checked to be the same on two.
std::string OnBoth(const ZoneFiles& files) {
  std::string one = Outcome(files, SIZE_MAX);
  CHECK(Outcome(files, 0) == one);
  return one;
}

}  // namespace

TEST_CASE("a zone loads the same with its records parsed on two threads", "[io][loader]") {
  // 3,000 candidates: three batches of 1,024 records, the last one short.
  const std::string out = OnBoth(ZoneWithCandidates(3000));
  CHECK(out.find("\"id\": \"c2999\"") != std::string::npos);
  // 300 candidates without a source (c0, c10, …, c2990); the first 200 warnings are kept,
  // so c1990's (line 3 + 1990) is the last one shown.
  CHECK(out.find("z/candidates.json:3:5: warning: /enterprises/0: enterprise 'c0' has no "
                 "source") != std::string::npos);
  CHECK(out.find("z/candidates.json:1993:5: warning: /enterprises/1990: enterprise 'c1990'") !=
        std::string::npos);
  CHECK(out.find("'c2000'") == std::string::npos);
  CHECK(LoadFiles(ZoneWithCandidates(3000)).zone.enterprises().size() == 3001);
}

TEST_CASE("a duplicate id across a batch boundary is found as on one thread", "[io][loader]") {
  // Candidate 1024 (the first of the second batch, on line 3 + 1024) repeats the id of
  // candidate 1023 (the last of the first).
  ZoneFiles files = ZoneWithCandidates(1100);
  files["candidates.json"] =
      Replace(files["candidates.json"], "\"id\": \"c1024\"", "\"id\": \"c1023\"");
  const std::string errors = OnBoth(files);
  CHECK(errors ==
        "errors\nz/candidates.json:1027:12: /enterprises/1024/id: duplicate enterprise id "
        "'c1023' (first at z/candidates.json:1026:12)");
}

TEST_CASE("a syntax error late in a big record file is reported as on one thread", "[io][loader]") {
  // Record 2900 is broken; the records before it were read (and an unknown link in
  // record 5 reported), but a syntax error takes back what the file's records reported.
  ZoneFiles files = ZoneWithCandidates(3000);
  files["candidates.json"] =
      Replace(Replace(files["candidates.json"], "\"id\": \"c2900\", \"name\"",
                      "\"id\": \"c2900\" \"name\""),
              "\"id\": \"c5\", \"name\": \"C\", \"local\": false, \"links\": [\"nev/vehicle\"]",
              "\"id\": \"c5\", \"name\": \"C\", \"local\": false, \"links\": [\"nev/vehicl\"]");
  const std::string errors = OnBoth(files);
  CHECK(errors ==
        "errors\nz/candidates.json:2903:20: expected ',' or '}' after an object member, "
        "found '\"'");
  // A broken member after the records: the same.
  ZoneFiles after = ZoneWithCandidates(2000);
  after["candidates.json"] = Replace(after["candidates.json"], "\n  ]\n}", "\n  ],\n  \"x\": }");
  CHECK(OnBoth(after) ==
        "errors\nz/candidates.json:2004:8: expected a value (object, array, string, number, "
        "true, false or null), found '}'");
}
