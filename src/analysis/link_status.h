#pragma once

#include <string_view>

namespace chainmap {

/// How well the zone holds a link: strong (a local 链主, or enough local 规上 enterprises),
/// weak (local presence below that), filling (no operating local enterprise, but a project
/// at the zone's filling stage or later serves it) or missing (none of these).
enum class LinkStatus { kStrong, kWeak, kFilling, kMissing };

/// "strong", "weak", "filling", "missing".
constexpr std::string_view ToString(LinkStatus status) {
  switch (status) {
    case LinkStatus::kStrong:
      return "strong";
    case LinkStatus::kWeak:
      return "weak";
    case LinkStatus::kFilling:
      return "filling";
    case LinkStatus::kMissing:
      return "missing";
  }
  return "";
}

/// 强, 弱, 在补, 缺.
constexpr std::string_view ChineseLabel(LinkStatus status) {
  switch (status) {
    case LinkStatus::kStrong:
      return "强";
    case LinkStatus::kWeak:
      return "弱";
    case LinkStatus::kFilling:
      return "在补";
    case LinkStatus::kMissing:
      return "缺";
  }
  return "";
}

}  // namespace chainmap
