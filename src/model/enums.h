#pragma once

#include <optional>
#include <string_view>

namespace chainmap {

/// Where a link sits in its chain: 上游 / 中游 / 下游.
enum class Stage { kUpstream, kMidstream, kDownstream };

/// An enterprise's role in a chain: 链主 (leader), 链核 (core), 配套 (supplier).
enum class Role { kNone, kLeader, kCore, kSupplier };

/// How far a project has come, in order: 谋划 → 洽谈/意向 → 签约 → 开工/在建 → 投产.
enum class ProjectStage { kPlanned, kNegotiating, kSigned, kConstruction, kOperating };

/// How an enterprise is tied to another: same group (集团), it supplies the other
/// (供应商), or it buys from it (客户).
enum class TieKind { kGroup, kSupplier, kCustomer };

/// How far the zone's contact with a recruitment candidate has come (链长制): 未对接 →
/// 已对接 → 已拜访 → 意向 → 签约.
enum class ContactStatus { kNone, kContacted, kVisited, kIntent, kSigned };

/// What a stated figure is against a measure: a target (目标), what was reached (实际), or
/// what is expected (预计).
enum class FactKind { kTarget, kActual, kForecast };

/// The JSON spelling of each value ("upstream", "leader", "signed").
std::string_view ToString(Stage stage);
std::string_view ToString(Role role);
std::string_view ToString(ProjectStage stage);
std::string_view ToString(TieKind kind);
std::string_view ToString(ContactStatus status);
std::string_view ToString(FactKind kind);

/// The Chinese label planners use (上游, 链主, 签约).
std::string_view ChineseLabel(Stage stage);
std::string_view ChineseLabel(Role role);
std::string_view ChineseLabel(ProjectStage stage);
std::string_view ChineseLabel(TieKind kind);
std::string_view ChineseLabel(ContactStatus status);
std::string_view ChineseLabel(FactKind kind);

/// Parses the JSON spelling; nullopt for anything else.
std::optional<Stage> ParseStage(std::string_view text);
std::optional<Role> ParseRole(std::string_view text);
std::optional<ProjectStage> ParseProjectStage(std::string_view text);
std::optional<TieKind> ParseTieKind(std::string_view text);
std::optional<ContactStatus> ParseContactStatus(std::string_view text);
std::optional<FactKind> ParseFactKind(std::string_view text);

/// The accepted spellings, for error messages: "upstream, midstream, downstream".
std::string_view StageChoices();
std::string_view RoleChoices();
std::string_view ProjectStageChoices();
std::string_view TieKindChoices();
std::string_view ContactStatusChoices();
std::string_view FactKindChoices();

}  // namespace chainmap
