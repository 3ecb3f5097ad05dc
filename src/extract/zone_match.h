#pragma once

#include "src/extract/extraction.h"
#include "src/model/zone.h"

namespace chainmap {

/// Reads proposals against a zone: a project the zone already has (same NameKey, or one
/// name holding the other) gets its id, and a stage change when the summary puts it
/// further along; the enterprise named is looked up by name and short name; the likely
/// links are the zone project's own, else the links whose Chinese names share most
/// two-character pieces with the project's name (half of the link's pieces at least).
void MatchZone(const Zone& zone, Extraction& extraction);

/// Two-character pieces of a name (Han and other letters; digits and signs skipped).
std::vector<std::u32string> Bigrams(std::string_view utf8);

}  // namespace chainmap
