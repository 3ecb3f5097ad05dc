#pragma once

#include <map>
#include <string>

#include "src/model/zone.h"

namespace chainmap {

/// A zone's files in canonical form, by file name: zone.json, one file per chain,
/// enterprises.json, and candidates.json and projects.json when they have records.
/// Known fields come in a fixed order, unknown ones after them in sorted order; two
/// spaces indent, UTF-8 unescaped, a final newline. Loading the result gives back an
/// equal zone.
std::map<std::string, std::string> SaveZone(const Zone& zone);

/// The content of a record file with no records, e.g. {"projects": []}.
std::string EmptyRecordFile(const std::string& file_name);

}  // namespace chainmap
