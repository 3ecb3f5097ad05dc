#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/model/boxed.h"
#include "src/model/compact_text.h"
#include "src/model/enums.h"
#include "src/model/rare_list.h"
#include "src/model/record.h"

namespace chainmap {

/// A revenue figure exactly as a source states it.
struct Revenue {
  double value = 0;  ///< In `unit`, ≥ 0.
  std::string unit = "亿元";
  std::optional<int> year;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const Revenue&, const Revenue&) = default;
};

/// A revenue figure in 亿元: 亿元 as is, 万元 divided by 10 000; nullopt for other units.
inline std::optional<double> RevenueInYi(const Revenue& revenue) {
  if (revenue.unit == "亿元") return revenue.value;
  if (revenue.unit == "万元") return revenue.value / 10000;
  return std::nullopt;
}

/// A recorded tie to another enterprise, by id (resolved by the loader).
struct Tie {
  std::string enterprise;
  TieKind kind = TieKind::kGroup;
  std::string note;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const Tie&, const Tie&) = default;
};

/// The zone's contact with a candidate (链长制 record), as last recorded.
struct Contact {
  ContactStatus status = ContactStatus::kNone;
  std::string date;  ///< When the status was recorded; empty when the record gives none.
  std::string note;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const Contact&, const Contact&) = default;
};

/// An enterprise: local to the zone or an external recruitment candidate. What many
/// records leave out is held on the heap only where given (Boxed, RareText, RareList:
/// 8 bytes each otherwise), and the region, which many records repeat, once per distinct
/// text (SharedText): a zone of a million candidates holds 264 bytes per record here.
struct Enterprise {
  std::string id;
  std::string name;
  RareText short_name;  ///< The name used on maps; empty means `name`.
  bool local = false;
  Role role = Role::kNone;
  RareText uscc;  ///< 统一社会信用代码; empty when unknown.
  std::vector<std::string> tags;
  std::vector<LinkKey> links;
  Boxed<Revenue> revenue;
  SharedText region;
  RareList<Tie> ties;  ///< Group, supplier or customer ties to other enterprises.
  RareText note;
  Sources source;
  Extra extra;                        ///< Unknown fields; null (no allocation) when there are none.
  Boxed<Revenue> registered_capital;  ///< 注册资本 as the registry states it (万元).
  std::optional<int> insured;         ///< 参保人数, from a registry export.
  RareList<std::string> former_names;  ///< 曾用名, for matching registry rows.
  Boxed<Contact> contact;  ///< 对接状态; none recorded when the documents say nothing.

  /// The name to show: short_name when there is one.
  const std::string& DisplayName() const { return short_name.empty() ? name : short_name.str(); }
  bool HasTag(std::string_view tag) const;
  friend bool operator==(const Enterprise&, const Enterprise&) = default;
};

}  // namespace chainmap
