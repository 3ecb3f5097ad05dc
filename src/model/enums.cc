#include "src/model/enums.h"

#include <array>
#include <utility>

namespace chainmap {
namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, std::string_view>, N>;

constexpr Table<Stage, 3> kStageNames{{{Stage::kUpstream, "upstream"},
                                       {Stage::kMidstream, "midstream"},
                                       {Stage::kDownstream, "downstream"}}};
constexpr Table<Stage, 3> kStageLabels{
    {{Stage::kUpstream, "上游"}, {Stage::kMidstream, "中游"}, {Stage::kDownstream, "下游"}}};
constexpr Table<Role, 4> kRoleNames{{{Role::kNone, ""},
                                     {Role::kLeader, "leader"},
                                     {Role::kCore, "core"},
                                     {Role::kSupplier, "supplier"}}};
constexpr Table<Role, 4> kRoleLabels{
    {{Role::kNone, ""}, {Role::kLeader, "链主"}, {Role::kCore, "链核"}, {Role::kSupplier, "配套"}}};
constexpr Table<ProjectStage, 5> kProjectStageNames{{{ProjectStage::kPlanned, "planned"},
                                                     {ProjectStage::kNegotiating, "negotiating"},
                                                     {ProjectStage::kSigned, "signed"},
                                                     {ProjectStage::kConstruction, "construction"},
                                                     {ProjectStage::kOperating, "operating"}}};
constexpr Table<ProjectStage, 5> kProjectStageLabels{{{ProjectStage::kPlanned, "谋划"},
                                                      {ProjectStage::kNegotiating, "洽谈/意向"},
                                                      {ProjectStage::kSigned, "签约"},
                                                      {ProjectStage::kConstruction, "在建"},
                                                      {ProjectStage::kOperating, "投产"}}};
constexpr Table<ContactStatus, 5> kContactStatusNames{{{ContactStatus::kNone, "none"},
                                                       {ContactStatus::kContacted, "contacted"},
                                                       {ContactStatus::kVisited, "visited"},
                                                       {ContactStatus::kIntent, "intent"},
                                                       {ContactStatus::kSigned, "signed"}}};
constexpr Table<ContactStatus, 5> kContactStatusLabels{{{ContactStatus::kNone, "未对接"},
                                                        {ContactStatus::kContacted, "已对接"},
                                                        {ContactStatus::kVisited, "已拜访"},
                                                        {ContactStatus::kIntent, "意向"},
                                                        {ContactStatus::kSigned, "签约"}}};
constexpr Table<FactKind, 3> kFactKindNames{{{FactKind::kTarget, "target"},
                                             {FactKind::kActual, "actual"},
                                             {FactKind::kForecast, "forecast"}}};
constexpr Table<FactKind, 3> kFactKindLabels{
    {{FactKind::kTarget, "目标"}, {FactKind::kActual, "实际"}, {FactKind::kForecast, "预计"}}};
constexpr Table<TieKind, 3> kTieKindNames{{{TieKind::kGroup, "group"},
                                           {TieKind::kSupplier, "supplier"},
                                           {TieKind::kCustomer, "customer"}}};
constexpr Table<TieKind, 3> kTieKindLabels{
    {{TieKind::kGroup, "同一集团"}, {TieKind::kSupplier, "供应商"}, {TieKind::kCustomer, "客户"}}};

template <typename E, std::size_t N>
std::string_view Lookup(const Table<E, N>& table, E value) {
  for (const auto& [key, text] : table)
    if (key == value) return text;
  return {};
}

template <typename E, std::size_t N>
std::optional<E> Parse(const Table<E, N>& table, std::string_view text) {
  if (text.empty()) return std::nullopt;
  for (const auto& [key, name] : table)
    if (name == text) return key;
  return std::nullopt;
}

}  // namespace

std::string_view ToString(Stage stage) { return Lookup(kStageNames, stage); }
std::string_view ToString(Role role) { return Lookup(kRoleNames, role); }
std::string_view ToString(ProjectStage stage) { return Lookup(kProjectStageNames, stage); }
std::string_view ToString(TieKind kind) { return Lookup(kTieKindNames, kind); }
std::string_view ToString(ContactStatus status) { return Lookup(kContactStatusNames, status); }
std::string_view ToString(FactKind kind) { return Lookup(kFactKindNames, kind); }
std::string_view ChineseLabel(ContactStatus status) { return Lookup(kContactStatusLabels, status); }
std::string_view ChineseLabel(FactKind kind) { return Lookup(kFactKindLabels, kind); }
std::optional<ContactStatus> ParseContactStatus(std::string_view text) {
  return Parse(kContactStatusNames, text);
}
std::optional<FactKind> ParseFactKind(std::string_view text) { return Parse(kFactKindNames, text); }
std::string_view ContactStatusChoices() { return "none, contacted, visited, intent, signed"; }
std::string_view FactKindChoices() { return "target, actual, forecast"; }
std::string_view ChineseLabel(TieKind kind) { return Lookup(kTieKindLabels, kind); }
std::optional<TieKind> ParseTieKind(std::string_view text) { return Parse(kTieKindNames, text); }
std::string_view TieKindChoices() { return "group, supplier, customer"; }
std::string_view ChineseLabel(Stage stage) { return Lookup(kStageLabels, stage); }
std::string_view ChineseLabel(Role role) { return Lookup(kRoleLabels, role); }
std::string_view ChineseLabel(ProjectStage stage) { return Lookup(kProjectStageLabels, stage); }
std::optional<Stage> ParseStage(std::string_view text) { return Parse(kStageNames, text); }
std::optional<Role> ParseRole(std::string_view text) { return Parse(kRoleNames, text); }
std::optional<ProjectStage> ParseProjectStage(std::string_view text) {
  return Parse(kProjectStageNames, text);
}
std::string_view StageChoices() { return "upstream, midstream, downstream"; }
std::string_view RoleChoices() { return "leader, core, supplier"; }
std::string_view ProjectStageChoices() {
  return "planned, negotiating, signed, construction, operating";
}

}  // namespace chainmap
