// The English catalogue (--lang en): the fixed wording for foreign investors. Names come
// from the data's `name.en`; enterprises and projects have none and stay Chinese.
#include "src/model/wording.h"

namespace chainmap {

const Wording& EnWording() {
  static const Wording w{
      .language = Language::kEn,
      .name_chars = 2,
      .status_badge = {"Strong", "Weak", "Filling", "Missing", "N/A"},
      .status_meaning = {"chain leader or several large firms", "local firms, not yet at scale",
                         "project signed or under construction", "no local firm or project",
                         "not assessed"},
      .legend_note = "★ chain leader    → supplies",
      .stage = {"Upstream", "Midstream", "Downstream"},
      .project_stage = {"planned", "negotiating", "signed", "under construction", "operating"},
      .contact_status = {"not contacted", "contacted", "visited", "intent", "signed"},
      .chain_title = "{} industrial chain map",
      .index_title = "{} industrial chain map · index",
      .stage_detail = " · {} detail",
      .as_of = "{} · as of {}",
      .index_subtitle = " · {} links in {} detail maps",
      .change = "Change: {}",
      .enterprise_count = "{} firms",
      .leader = "★ {} · chain leader",
      .more_enterprises = "{} firms in all",
      .project = "▸ {} ({})",
      .more_projects = "{} projects in all",
      .targets_heading = "Recruitment targets",
      .target_score = " ({})",
      .compact_note =
          "Many links ({}): this map gives firm counts only; see the detail map of "
          "each stage (--stage upstream|midstream|downstream)",
      .hidden_note = "{} more neighbouring links not drawn (see their detail maps)",
      .part_title = "{} part {}",
      .part_note =
          "Many links ({}), in {} detail maps; this is map {} ({}, {} links); grey: "
          "links of neighbouring parts",
      .index_note =
          "Each card is a detail map, its links counted by status; arrow width: "
          "supply relations between two parts",
      .card_part = "Detail map {} · {}",
      .card_first_link = "{} and {} links in all",
      .card_local = "{} local firms",
      .detail_command = "Detail maps: chainmap render --chain {} --part N (N from 1 to {})",
      .vision_title = " (vision)",
      .overview_name = "Overview",
      .name_status = "{} ({})",
      .overview_title = "{}: key industrial chains",
      .overview_subtitle = "As of {} · {} chains · {} links · {} cross-chain relations",
      .overview_sources = "; each chain's sources on its map",
      .overview_note =
          "Under each chain: its links in cross-chain relations; arrows: supply "
          "between chains",
      .card_links = "{} links: upstream {} · midstream {} · downstream {}",
      .completeness = " complete",
      .unassessed_count = "  N/A {}",
      .status_rule =
          "Status: a local chain leader or ≥{} large local firms → strong; other local "
          "firms → weak; projects {} or later → filling; otherwise → missing",
      .vision_rule = "; vision: {}",
      .scenario = "projects {} or later counted as built",
      .sources_label = "Sources: ",
      .sources_none = "not given",
      .sources_more = " ({} in all)",
      .sources_separator = "; ",
      .public_source = "public sources",
      .general_knowledge = "general knowledge",
      .inference = "inference",
      .registry = "business registry",
      .registry_dated = "business registry (exported {})",
      .zone_document = "zone document",
      .document_date = " ({})",
      .section_separator = ", ",
      .page_title = "{}: industrial chain maps and investment report",
      .html_lang = "en",
      .summary_file = "One-page summary",
      .deck_file = "Presentation",
      .workbook_file = "Lists (workbook)",
      .map_file_kind = {" (print)", " (vector)", " (image)"},
      .now_maps = "Maps now",
      .vision_maps = "Maps, vision",
      .summary_title = "{}: industrial chains and investment · one-page summary",
      .summary_subtitle = "As of {} · {} chains · {} project records",
      .not_stated = "not stated",
      .list_separator = ", ",
      .cell_separator = "; ",
      .more_rows = "… {} more rows in the report",
      .completeness_heading = "Chain completeness, whole zone",
      .completeness_header = {"Basis", "Now", "Vision", "Links now"},
      .all_links = "All links ({})",
      .localizable_links = "Localizable links ({})",
      .status_counts = "strong {}, weak {}, missing {}, filling {}",
      .completeness_note =
          "Now: firms and projects in operation; vision: projects signed or later "
          "counted as built.",
      .chains_heading = "Chains (now)",
      .chains_header = {"Chain", "Chief", "Lead unit", "S", "W", "M", "F", "All", "Local"},
      .chains_note = "S, W, M, F: strong, weak, missing, filling links; All, Local: completeness.",
      .measure_header = {"Measure", "Target", "Reached", "Expected"},
      .measure_heading = "Targets and progress",
      .no_targets = "no targets stated in the documents",
      .sources_note = "Sources: {}",
      .check_heading = "Projects and investment: documents against records",
      .check_header = {"Year", "Documents", "Records", "Note"},
      .check_more = "{} more, and why each differs and its source, in the analysis report.",
      .check_sources = "Why each differs and its source: in the analysis report.",
      .issues_heading = "Issues",
      .issues_header = {"Chain", "Issue", "Recorded"},
      .all_chains = "All chains",
      .targets_top = "Top ten recruitment targets (now)",
      .targets_header = {"#", "Chain · link", "Enterprise", "Score", "Contact", "Reason"},
      .contact_date = "{} ({})",
      .targets_note =
          "Contact status as the documents record it; none is assumed where they say "
          "nothing.",
      .projects_heading = "Key projects by stage",
      .projects_header = {"Stage", "Projects", "Investment", "Largest projects"},
      .project_count = "{}",
      .amount = "RMB {} bn",
      .amount_per_yi = 0.1,
      .projects_note =
          "Investment: the sum of the records that give one; amounts stated without "
          "projects: see the project tracker.",
      .summary_footer =
          "Sources: {} and public sources. Chain chiefs, lead units and contact "
          "status are marked where the documents do not state them.",
  };
  return w;
}

}  // namespace chainmap
