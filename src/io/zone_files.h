#pragma once

#include <string_view>

namespace chainmap {

/// The fixed file names of a zone directory (chain files are "<chain id>.json").
inline constexpr std::string_view kZoneFile = "zone.json";
inline constexpr std::string_view kEnterprisesFile = "enterprises.json";
inline constexpr std::string_view kCandidatesFile = "candidates.json";
inline constexpr std::string_view kProjectsFile = "projects.json";
/// The value of zone.json's "format".
inline constexpr std::string_view kFormatVersion = "chainmap/1";

}  // namespace chainmap
