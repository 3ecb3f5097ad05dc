#include "src/report/analysis_report.h"

#include "src/report/target_reasons.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "src/io/number_format.h"
#include "src/io/table_csv.h"
#include "src/io/table_markdown.h"
#include "src/report/analysis_json.h"

namespace chainmap {
namespace {

std::string Fixed(double x, int decimals) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, Round4(x));
  return buffer;
}

std::string Pad(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

/// Widths of the text table's variable columns: at least the historical widths, and
/// two more than the longest cell of the chain, so that a long id never runs into the
/// next column.
struct ColumnWidths {
  std::size_t link = 20, status = 9, idom = 16, flags = 24;

  void Fit(const std::string& id, const std::string& st, const std::string& dom,
           const std::string& fl) {
    link = std::max(link, id.size() + 2);
    status = std::max(status, st.size() + 2);
    idom = std::max(idom, dom.size() + 2);
    flags = std::max(flags, fl.size() + 2);
  }
};

std::string CompletenessLine(const Completeness& c) {
  return Fixed(c.value, 2) + " (" + std::to_string(c.strong) + " strong, " +
         std::to_string(c.weak) + " weak, " + std::to_string(c.filling) + " filling, " +
         std::to_string(c.missing) + " missing of " + FormatCount(c.links, "link", "links") + ")";
}

std::string StageLine(const ChainCompleteness& c) {
  std::string out;
  const char* names[] = {"U", "M", "D"};
  for (std::size_t s = 0; s < 3; ++s)
    out += std::string(s ? " / " : "") + names[s] + " " +
           (c.stages[s].links ? Fixed(c.stages[s].value, 2) : "-");
  return out;
}

std::string Flags(const LinkCriticality& m) {
  std::string out;
  auto add = [&](bool on, const char* name) {
    if (on) out += (out.empty() ? "" : ",") + std::string(name);
  };
  add(m.entry, "entry");
  add(m.end, "end");
  add(m.chokepoint, "chokepoint");
  add(m.break_risk, "break-risk");
  add(m.articulation, "cut");
  return out.empty() ? "-" : out;
}

std::string Operators(const Zone& zone, const LinkState& s) {
  std::string out;
  for (std::size_t e : s.operators)
    out += (out.empty() ? "" : ", ") + zone.enterprises()[e].DisplayName();
  for (std::size_t p : s.filling_projects)
    out += (out.empty() ? "" : ", ") + ("project " + zone.projects()[p].id);
  return out;
}

/// A text field of targets.csv: quoted as needed and guarded against formula injection.
std::string CsvField(const std::string& s) { return CsvQuote(CsvGuard(s)); }

std::string Scenario(const ZoneAnalysis& a) {
  return "scenario 远景: projects at " + std::string(ChineseLabel(*a.options().assume_stage)) +
         " (" + std::string(ToString(*a.options().assume_stage)) + ") or later counted as built";
}

}  // namespace

void WriteAnalysisText(std::ostream& out, const ZoneAnalysis& a, std::optional<std::size_t> only) {
  const Zone& zone = a.zone();
  out << zone.name.zh << " (" << zone.id << "): completeness "
      << CompletenessLine(a.gaps().zone_completeness()) << "\n";
  if (a.baseline_gaps())
    out << Scenario(a) << "; before: " << CompletenessLine(a.baseline_gaps()->zone_completeness())
        << "\n";
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    if (only && c != *only) continue;
    const Chain& chain = zone.chains()[c];
    const ChainResilience& r = a.resilience().chains()[c];
    out << "\n"
        << chain.id << " " << chain.name.zh << ": completeness "
        << CompletenessLine(a.gaps().chains()[c].total) << "; " << StageLine(a.gaps().chains()[c])
        << "\n";
    if (a.baseline_gaps())
      out << "  before: " << CompletenessLine(a.baseline_gaps()->chains()[c].total) << "\n";
    out << "  resilience: worst single departure "
        << (r.worst_enterprise ? zone.enterprises()[*r.worst_enterprise].id + " keeps " +
                                     Fixed(r.worst_retained, 2) + " of " +
                                     std::to_string(r.present) + " local links"
                               : std::string("loses nothing"))
        << "\n";
    // One row's cells first, so that the columns can be as wide as their longest cell.
    struct Row {
      std::string id, status, idom, flags, who;
    };
    std::vector<Row> rows;
    ColumnWidths w;
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      const LinkKey key{c, l};
      const LinkState& s = a.status().state(key);
      const LinkCriticality& m = a.criticality().link(key);
      Row row{chain.links()[l].id, std::string(ToString(s.status)),
              m.idom < 0 ? "-" : chain.links()[std::size_t(m.idom)].id, Flags(m),
              Operators(zone, s)};
      if (a.baseline_status() && a.baseline_status()->state(key).status != s.status)
        row.status =
            std::string(ToString(a.baseline_status()->state(key).status)) + ">" + row.status;
      const auto& top = a.targets().by_link()[c][l];
      if (!top.empty()) {
        const Target& t = a.targets().targets()[top.front()];
        row.who += (row.who.empty() ? "" : "; ") + std::string("→ ") +
                   zone.enterprises()[t.candidate].DisplayName() + " " + Fixed(t.score.total, 2);
      }
      w.Fit(row.id, row.status, row.idom, row.flags);
      rows.push_back(std::move(row));
    }
    out << "  " << Pad("link", w.link) << Pad("status", w.status) << Pad("gap", 11)
        << Pad("prio", 7) << Pad("betw", 8) << Pad("idom", w.idom) << Pad("dom", 5)
        << Pad("gain", 6) << Pad("flags", w.flags) << "local / top target\n";
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      const LinkCriticality& m = a.criticality().link({c, l});
      const GapType gap = a.gaps().gaps()[c][l];
      const Row& row = rows[l];
      out << "  " << Pad(row.id, w.link) << Pad(row.status, w.status)
          << Pad(gap == GapType::kNone ? "-" : std::string(ToString(gap)), 11)
          << Pad(Fixed(a.targets().priorities()[c][l].total, 1), 7)
          << Pad(Fixed(m.betweenness, 4), 8) << Pad(row.idom, w.idom)
          << Pad(std::to_string(m.dominated), 5) << Pad(std::to_string(m.gain), 6)
          << Pad(row.flags, w.flags) << row.who << "\n";
    }
  }
  out << "\ndepartures (local enterprises whose leaving costs completeness, worst first):\n";
  std::size_t shown = 0, id_width = 20;
  for (const Departure& d : a.resilience().ranking())
    id_width = std::max(id_width, zone.enterprises()[d.enterprise].id.size() + 2);
  for (const Departure& d : a.resilience().ranking()) {
    std::string chains;
    for (const ChainImpact& i : d.chains) {
      if (only && i.chain != *only) continue;
      chains += (chains.empty() ? "" : ", ") + zone.chains()[i.chain].id + " keeps " +
                Fixed(i.retained, 2);
    }
    if (chains.empty()) continue;
    ++shown;
    out << "  " << Pad(zone.enterprises()[d.enterprise].id, id_width) << "loses "
        << FormatCount(d.damage(), "link", "links") << ", " << d.weakened.size()
        << " weakened, completeness -" << Fixed(d.completeness_lost * 100, 1) << " pt, "
        << d.flipped.size() << " gap flips, " << d.targets_changed.size()
        << " target scores change (" << d.starved.size() << " lose local supply); " << chains
        << "\n";
  }
  if (shown == 0) out << "  none\n";
}

void WriteAnalysisMarkdown(std::ostream& out, const ZoneAnalysis& a,
                           std::optional<std::size_t> only) {
  const Zone& zone = a.zone();
  out << "# " << MarkdownCell(zone.name.zh) << " (" << zone.id
      << ")\n\nCompleteness: " << CompletenessLine(a.gaps().zone_completeness()) << "\n";
  if (a.baseline_gaps())
    out << "\n"
        << Scenario(a) << "; before: " << CompletenessLine(a.baseline_gaps()->zone_completeness())
        << "\n";
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    if (only && c != *only) continue;
    const Chain& chain = zone.chains()[c];
    out << "\n## " << MarkdownCell(chain.name.zh) << " (" << chain.id << ")\n\nCompleteness "
        << CompletenessLine(a.gaps().chains()[c].total) << "; " << StageLine(a.gaps().chains()[c])
        << "\n\n| link | status | gap | priority | betweenness | dominates | gain | flags | local "
           "| top target |\n|---|---|---|---:|---:|---:|---:|---|---|---|\n";
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      const LinkKey key{c, l};
      const LinkState& s = a.status().state(key);
      const LinkCriticality& m = a.criticality().link(key);
      const GapType gap = a.gaps().gaps()[c][l];
      const auto& top = a.targets().by_link()[c][l];
      std::string status(ChineseLabel(s.status));
      if (a.baseline_status() && a.baseline_status()->state(key).status != s.status)
        status = std::string(ChineseLabel(a.baseline_status()->state(key).status)) + "→" + status;
      out << "| " << MarkdownCell(chain.links()[l].name.zh) << " `" << chain.links()[l].id << "` | "
          << status << " | " << ChineseLabel(gap) << " | "
          << Fixed(a.targets().priorities()[c][l].total, 1) << " | " << Fixed(m.betweenness, 4)
          << " | " << m.dominated << " | " << m.gain << " | " << Flags(m) << " | "
          << MarkdownCell(Operators(zone, s)) << " | "
          << (top.empty()
                  ? ""
                  : MarkdownCell(zone.enterprises()[a.targets().targets()[top.front()].candidate]
                                     .DisplayName()))
          << " |\n";
    }
  }
}

void WriteTargetsText(std::ostream& out, const ZoneAnalysis& a, std::optional<std::size_t> only) {
  const Zone& zone = a.zone();
  out << Pad("rank", 6) << Pad("score", 8) << Pad("gap+named+dist+scale+rel+ties", 36)
      << Pad("link", 28) << Pad("candidate", 20) << "reason\n";
  std::size_t rank = 0;
  for (const Target& t : a.targets().targets()) {
    if (only && t.link.chain != *only) continue;
    const TargetScore& s = t.score;
    out << Pad(std::to_string(++rank), 6) << Pad(Fixed(s.total, 2), 8)
        << Pad(Fixed(s.gap, 2) + "+" + Fixed(s.named, 2) + "+" + Fixed(s.distance, 2) + "+" +
                   Fixed(s.scale, 2) + "+" + Fixed(s.relatedness, 2) + "+" + Fixed(s.ties, 2),
               36)
        << Pad(zone.QualifiedId(t.link), 28) << Pad(zone.enterprises()[t.candidate].id, 20)
        << TargetReason(a, t) << "\n";
  }
  if (rank == 0) out << "no targets: no gap link has a candidate attached\n";
}

void WriteTargetsMarkdown(std::ostream& out, const ZoneAnalysis& a,
                          std::optional<std::size_t> only) {
  const Zone& zone = a.zone();
  out << "| # | score | gap | named | distance | scale | relatedness | ties | link | candidate "
         "| reason |\n|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n";
  std::size_t rank = 0;
  for (const Target& t : a.targets().targets()) {
    if (only && t.link.chain != *only) continue;
    const TargetScore& s = t.score;
    out << "| " << ++rank << " | " << Fixed(s.total, 2) << " | " << Fixed(s.gap, 2) << " | "
        << Fixed(s.named, 2) << " | " << Fixed(s.distance, 2) << " | " << Fixed(s.scale, 2) << " | "
        << Fixed(s.relatedness, 2) << " | " << Fixed(s.ties, 2) << " | "
        << MarkdownCell(zone.link(t.link).name.zh) << " `" << zone.QualifiedId(t.link) << "` | "
        << MarkdownCell(zone.enterprises()[t.candidate].DisplayName()) << " | "
        << MarkdownCell(TargetReason(a, t)) << " |\n";
  }
}

void WriteTargetsCsv(std::ostream& out, const ZoneAnalysis& a, std::optional<std::size_t> only) {
  const Zone& zone = a.zone();
  out << "rank,link,gap,candidate,name,score,gap_priority,named,distance,scale,relatedness,ties,"
         "in_talks,project,reason\n";
  std::size_t rank = 0;
  for (const Target& t : a.targets().targets()) {
    if (only && t.link.chain != *only) continue;
    const TargetScore& s = t.score;
    const Enterprise& e = zone.enterprises()[t.candidate];
    out << ++rank << "," << zone.QualifiedId(t.link) << "," << ToString(t.gap) << "," << e.id << ","
        << CsvField(e.DisplayName()) << "," << Fixed(s.total, 2) << "," << Fixed(s.gap, 2) << ","
        << Fixed(s.named, 2) << "," << Fixed(s.distance, 2) << "," << Fixed(s.scale, 2) << ","
        << Fixed(s.relatedness, 2) << "," << Fixed(s.ties, 2) << "," << (t.in_talks ? "yes" : "no")
        << "," << (t.project ? zone.projects()[*t.project].id : "") << ","
        << CsvField(TargetReason(a, t)) << "\n";
  }
}

}  // namespace chainmap
