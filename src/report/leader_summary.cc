#include "src/report/leader_summary.h"

#include <algorithm>
#include <array>

#include "src/io/number_format.h"
#include "src/io/source_citation.h"
#include "src/report/list_cells.h"
#include "src/report/target_progress_tables.h"
#include "src/report/target_reasons.h"

namespace chainmap {
namespace {

constexpr std::size_t kTopTargets = 10;
constexpr std::size_t kProjectsPerStage = 3;

template <std::size_t N>
std::vector<std::string> Header(const std::array<std::string_view, N>& words) {
  return {words.begin(), words.end()};
}

std::string CompletenessPercent(const Completeness& c) {
  return c.links == 0 ? std::string("—") : PercentText(c.value, 2);
}

std::string CountsText(const Completeness& c, const Wording& w) {
  return Fill(w.status_counts, {std::to_string(c.strong), std::to_string(c.weak),
                                std::to_string(c.missing), std::to_string(c.filling)});
}

/// An amount in 亿元 as the language shows it: "15 亿元", "RMB 1.5 bn".
std::string AmountText(double value, const Wording& w) {
  const double shown =
      w.amount_per_yi == 1 ? RoundAmount(value) : Round4(RoundAmount(value) * w.amount_per_yi);
  return Fill(w.amount, {FormatNumber(shown)});
}

PageTable CompletenessTable(const ZoneAnalysis& now, const ZoneAnalysis& vision, const Wording& w) {
  PageTable t{std::string(w.completeness_heading),
              {2.2, 1.4, 1.4, 4},
              Header(w.completeness_header),
              {},
              ""};
  const Completeness& all = now.gaps().zone_completeness();
  const Completeness& local = now.gaps().zone_localizable();
  t.rows.push_back({Fill(w.all_links, {std::to_string(all.links)}), CompletenessPercent(all),
                    CompletenessPercent(vision.gaps().zone_completeness()), CountsText(all, w)});
  t.rows.push_back({Fill(w.localizable_links, {std::to_string(local.links)}),
                    CompletenessPercent(local),
                    CompletenessPercent(vision.gaps().zone_localizable()), CountsText(local, w)});
  t.note = std::string(w.completeness_note);
  return t;
}

PageTable ChainTable(const ZoneAnalysis& now, const Wording& w) {
  const Zone& zone = now.zone();
  PageTable t{std::string(w.chains_heading),
              {3.2, 1.6, 1.6, 0.6, 0.6, 0.6, 0.8, 1.1, 1.3},
              Header(w.chains_header),
              {},
              ""};
  // English names run longer than Chinese: a wider name column, three lines a cell.
  if (w.language == Language::kEn) {
    t.widths = {4.5, 1.4, 1.4, 0.5, 0.5, 0.6, 0.5, 1.1, 1.2};
    t.max_lines = 3;
  }
  t.note = std::string(w.chains_note);
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    const ChainCompleteness& cc = now.gaps().chains()[c];
    t.rows.push_back({NameIn(chain.name, w.language), ChiefCell(chain.chief, w.language),
                      ChiefCell(chain.unit, w.language), std::to_string(cc.total.strong),
                      std::to_string(cc.total.weak), std::to_string(cc.total.missing),
                      std::to_string(cc.total.filling), CompletenessPercent(cc.total),
                      CompletenessPercent(cc.localizable)});
  }
  return t;
}

/// A table of target_progress_tables.h on the page: the columns `keep` with their widths
/// and the language's `header`; the sources of every row (the last column) once, in the
/// note.
PageTable PageFromTable(const Table& table, const std::vector<std::size_t>& keep,
                        std::vector<double> widths, std::string heading,
                        std::vector<std::string> header, const Wording& w) {
  PageTable t{std::move(heading), std::move(widths), std::move(header), {}, ""};
  std::vector<std::string> sources;
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    cells.reserve(keep.size());
    for (std::size_t c : keep) {
      const std::string& cell = std::get<std::string>(row[c]);
      cells.push_back(cell == kNotStated ? std::string(w.not_stated) : cell);
    }
    t.rows.push_back(std::move(cells));
    // The source cell joins its sources with "；" (SourcesCell): each once in the note.
    const std::string& cell = std::get<std::string>(row.back());
    for (std::size_t start = 0; start < cell.size();) {
      const std::size_t end = std::min(cell.find("；", start), cell.size());
      if (std::string s = cell.substr(start, end - start);
          std::find(sources.begin(), sources.end(), s) == sources.end())
        sources.push_back(std::move(s));
      start = end + std::string_view("；").size();
    }
  }
  if (t.rows.empty()) t.rows.push_back({std::string(w.no_targets)});
  if (!sources.empty())
    t.note = Fill(w.sources_note, {JoinCells(sources, std::string(w.cell_separator))});
  return t;
}

PageTable Issues(const Zone& zone, const Wording& w) {
  PageTable t{std::string(w.issues_heading), {2.2, 6, 1.3}, Header(w.issues_header), {}, ""};
  for (const Chain& chain : zone.chains())
    for (const ChainIssue& issue : chain.issues)
      t.rows.push_back({NameIn(chain.name, w.language), issue.text,
                        issue.as_of.empty() ? zone.as_of : issue.as_of});
  if (t.rows.empty()) t.rows.push_back({std::string(w.all_chains), std::string(w.not_stated), ""});
  return t;
}

PageTable TopTargets(const ZoneAnalysis& now, const Wording& w) {
  const Zone& zone = now.zone();
  PageTable t{
      std::string(w.targets_top), {0.5, 3, 2.6, 0.9, 1.9, 4.6}, Header(w.targets_header), {}, ""};
  if (w.language == Language::kEn) t.widths = {0.5, 2.9, 2.4, 1.1, 1.7, 4.6};
  const auto& targets = now.targets().targets();
  for (std::size_t i = 0; i < targets.size() && i < kTopTargets; ++i) {
    const Target& target = targets[i];
    const Enterprise& e = zone.enterprises()[target.candidate];
    t.rows.push_back({std::to_string(i + 1),
                      NameIn(zone.chains()[target.link.chain].name, w.language) + " · " +
                          NameIn(zone.link(target.link).name, w.language),
                      e.DisplayName(), FormatNumber(Round2(target.score.total)),
                      ContactCell(e, w.language), TargetReason(now, target)});
  }
  t.note = std::string(w.targets_note);
  return t;
}

PageTable ProjectsByStage(const Zone& zone, const Wording& w) {
  PageTable t{
      std::string(w.projects_heading), {1.3, 0.9, 1.5, 6.3}, Header(w.projects_header), {}, ""};
  if (w.language == Language::kEn) t.widths = {2.2, 1.1, 1.6, 5.1};
  for (const ProjectStage stage :
       {ProjectStage::kOperating, ProjectStage::kConstruction, ProjectStage::kSigned,
        ProjectStage::kNegotiating, ProjectStage::kPlanned}) {
    std::vector<const Project*> ps;
    double sum = 0;
    for (const Project& p : zone.projects())
      if (p.stage == stage) {
        ps.push_back(&p);
        sum += p.investment.value_or(0);
      }
    std::stable_sort(ps.begin(), ps.end(), [](const Project* a, const Project* b) {
      return a->investment.value_or(-1) > b->investment.value_or(-1);
    });
    std::vector<std::string> names;
    for (std::size_t i = 0; i < ps.size() && i < kProjectsPerStage; ++i)
      names.push_back(ps[i]->name +
                      (ps[i]->investment ? " " + AmountText(*ps[i]->investment, w) : ""));
    t.rows.push_back({std::string(w.project_stage[static_cast<std::size_t>(stage)]),
                      Fill(w.project_count, {std::to_string(ps.size())}), AmountText(sum, w),
                      JoinCells(names, std::string(w.cell_separator))});
  }
  t.note = std::string(w.projects_note);
  return t;
}

}  // namespace

OnePage BuildLeaderSummary(const ZoneAnalysis& now, const ZoneAnalysis& vision, Language language) {
  const Zone& zone = now.zone();
  const Wording& w = WordingFor(language);
  OnePage page;
  page.language = language;
  page.title = Fill(w.summary_title, {NameIn(zone.name, language)});
  // The zone's documents the page's figures come from, by title and period.
  Sources fact_sources;
  for (const Fact& f : zone.facts)
    fact_sources.insert(fact_sources.end(), f.source.begin(), f.source.end());
  std::vector<std::string> documents;
  for (std::string& cited : CitedSources(zone, fact_sources, false, language))
    if (cited.starts_with("《")) documents.push_back(std::move(cited));
  TargetProgress progress(zone);
  progress.Run();
  page.subtitle = Fill(w.summary_subtitle, {zone.as_of, std::to_string(zone.chains().size()),
                                            std::to_string(zone.projects().size())});
  page.columns = {
      {CompletenessTable(now, vision, w), ChainTable(now, w),
       PageFromTable(BuildMeasureTable(zone, progress), {0, 1, 2, 3}, {2.4, 2, 2.3, 2.3},
                     std::string(w.measure_heading), Header(w.measure_header), w)},
      {TopTargets(now, w), ProjectsByStage(zone, w)}};
  // The documents' project figures beside the records, under the targets: on one page only
  // those with an amount (the year's key projects), one line each, without the explanation
  // of the difference (two lines a row), so that the 问题清单 fits under them; the report
  // and the lists have every row, explained and sourced.
  Table checks = BuildProjectCheckTable(zone, progress);
  std::vector<std::vector<Cell>> with_amount;
  for (std::size_t i = 0; i < checks.rows.size(); ++i)
    if (progress.checks()[i].stated_amount) with_amount.push_back(checks.rows[i]);
  const std::size_t left_out = checks.rows.size() - with_amount.size();
  checks.rows = std::move(with_amount);
  if (!checks.rows.empty()) {
    std::vector<std::string> header = Header(w.check_header);
    header.pop_back();  // the explanation: in the report
    PageTable t = PageFromTable(checks, {0, 1, 2}, {0.8, 2.6, 2.6}, std::string(w.check_heading),
                                std::move(header), w);
    // One line under it, so that the rows fit the page; the report explains and cites each.
    t.note = left_out > 0 ? Fill(w.check_more, {std::to_string(left_out)})
                          : std::string(w.check_sources);
    page.columns[0].push_back(std::move(t));
  }
  page.columns[0].push_back(Issues(zone, w));
  page.column_widths = {1, 1};
  page.footer = Fill(w.summary_footer,
                     {documents.empty() ? std::string(w.zone_document)
                                        : JoinCells(documents, std::string(w.list_separator))});
  // The creation date is the data's date, not the clock's: the same zone, the same bytes.
  page.date = zone.as_of.size() >= 7   ? zone.as_of.substr(0, 7) + "-01T00:00:00Z"
              : zone.as_of.size() == 4 ? zone.as_of + "-01-01T00:00:00Z"
                                       : "2000-01-01T00:00:00Z";
  return page;
}

nlohmann::ordered_json LeaderSummaryJson(const OnePage& page) {
  nlohmann::ordered_json columns = nlohmann::ordered_json::array();
  for (const auto& column : page.columns) {
    nlohmann::ordered_json tables = nlohmann::ordered_json::array();
    for (const PageTable& t : column)
      tables.push_back(
          {{"heading", t.heading}, {"header", t.header}, {"rows", t.rows}, {"note", t.note}});
    columns.push_back(tables);
  }
  return {{"title", page.title},
          {"subtitle", page.subtitle},
          {"columns", columns},
          {"footer", page.footer}};
}

}  // namespace chainmap
