#pragma once

// A tiny valid zone held in memory, for loader, saver and analysis tests.
//
//   steel:  ore ──▶ steelmaking ──▶ wire-rod ──▶ springs
//   nev:    battery ──▶ vehicle          (cross edge steel/springs ──▶ nev/vehicle)

#include <map>
#include <string>

#include "src/io/diagnostic.h"
#include "src/io/zone_loader.h"

namespace chainmap::testing {

using ZoneFiles = std::map<std::string, std::string>;

inline ZoneFiles TinyZoneFiles() {
  return {
      {"zone.json", R"({
  "format": "chainmap/1",
  "id": "tiny",
  "name": {"zh": "小园区", "en": "Tiny zone"},
  "as_of": "2024-06",
  "chains": ["steel", "nev"],
  "cross_edges": [
    {"from": "steel/springs", "to": "nev/vehicle", "source": "[inf] test"}
  ],
  "settings": {"strong_min_scale": 2},
  "facts": [{"id": "total", "text": "总投资 10 亿元", "value": 10, "unit": "亿元", "source": "[inf] test"}]
}
)"},
      {"steel.json", R"({
  "id": "steel",
  "name": {"zh": "钢铁"},
  "links": [
    {"id": "ore", "name": {"zh": "铁矿"}, "stage": "upstream", "source": "[inf] test"},
    {"id": "steelmaking", "name": {"zh": "炼钢"}, "stage": "upstream", "source": "[inf] test"},
    {"id": "wire-rod", "name": {"zh": "线材"}, "stage": "midstream", "source": "[inf] test"},
    {"id": "springs", "name": {"zh": "弹簧"}, "stage": "downstream", "source": "[inf] test"}
  ],
  "edges": [
    {"from": "ore", "to": "steelmaking"},
    {"from": "steelmaking", "to": "wire-rod"},
    {"from": "wire-rod", "to": "springs"}
  ]
}
)"},
      {"nev.json", R"({
  "id": "nev",
  "name": {"zh": "新能源汽车"},
  "links": [
    {"id": "battery", "name": {"zh": "电池"}, "stage": "midstream", "source": "[inf] test"},
    {"id": "vehicle", "name": {"zh": "整车"}, "stage": "downstream", "source": "[inf] test"}
  ],
  "edges": [{"from": "battery", "to": "vehicle"}]
}
)"},
      {"enterprises.json", R"({
  "enterprises": [
    {"id": "mill", "name": "钢厂", "local": true, "role": "leader", "tags": ["规上"],
     "links": ["steel/steelmaking", "steel/wire-rod"], "source": "[inf] test"}
  ]
}
)"},
      {"candidates.json", R"({
  "enterprises": [
    {"id": "carmaker", "name": "车企", "local": false, "links": ["nev/vehicle"], "source": "[gk] test"}
  ]
}
)"},
      {"projects.json", R"({
  "projects": [
    {"id": "spring-plant", "name": "弹簧项目", "enterprise": "mill", "links": ["steel/springs"],
     "investment": 5, "stage": "construction", "source": "[inf] test"}
  ]
}
)"},
  };
}

inline ZoneFileReader ReaderOf(const ZoneFiles& files) {
  return [&files](const std::string& name) -> std::optional<std::string> {
    const auto it = files.find(name);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
}

inline LoadedZone LoadFiles(const ZoneFiles& files) { return LoadZone(ReaderOf(files), "z"); }

/// The formatted errors of loading `files`, one per line; "" when it loads.
inline std::string LoadErrors(const ZoneFiles& files) {
  try {
    LoadFiles(files);
    return "";
  } catch (const InputError& e) {
    return e.what();
  }
}

/// The formatted warnings and notes of a zone that loads.
inline std::string LoadFindings(const ZoneFiles& files) {
  std::string out;
  for (const Diagnostic& d : LoadFiles(files).findings) out += FormatDiagnostic(d) + "\n";
  return out;
}

/// Replaces the first occurrence of `from` in `text` (which must occur).
inline std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("fixture has no '" + from + "'");
  return text.replace(at, from.size(), to);
}

/// The errors of the tiny zone with one replacement in one file.
inline std::string ErrorsWith(const std::string& file, const std::string& from,
                              const std::string& to) {
  ZoneFiles files = TinyZoneFiles();
  files[file] = Replace(files[file], from, to);
  return LoadErrors(files);
}

}  // namespace chainmap::testing
