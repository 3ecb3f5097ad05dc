#include "src/cli/import_report.h"

#include <cmath>
#include <cstdio>

#include "src/analysis/gap_analysis.h"
#include "src/analysis/link_status_analysis.h"
#include "src/io/number_format.h"

namespace chainmap {
namespace {

std::string Links(const Zone& zone, const std::vector<LinkKey>& links) {
  std::string out;
  for (const LinkKey key : links) out += (out.empty() ? "" : " ") + zone.QualifiedId(key);
  return out;
}

std::string Percent(double value) {
  char out[16];
  std::snprintf(out, sizeof out, "%.0f%%", std::round(value * 100));
  return out;
}

std::string Counts(const Completeness& c) {
  return std::to_string(c.strong) + " strong, " + std::to_string(c.weak) + " weak, " +
         std::to_string(c.filling) + " filling, " + std::to_string(c.missing) + " missing";
}

}  // namespace

std::vector<ChainEffect> CompareChains(const Zone& before, const Zone& after) {
  // Completeness needs the statuses and the gaps only, as ZoneAnalysis computes them
  // without a scenario; the rest of ZoneAnalysis (criticality, the ranking of every
  // candidate, resilience) would cost most of the time on a zone of many firms.
  LinkStatusAnalysis status_before(before), status_after(after);
  status_before.Run();
  status_after.Run();
  GapAnalysis a(before, status_before), b(after, status_after);
  a.Run();
  b.Run();
  std::vector<ChainEffect> out;
  for (std::size_t c = 0; c < before.chains().size(); ++c)
    out.push_back({before.chains()[c].id, a.chains()[c].total, b.chains()[c].total});
  return out;
}

Table ImportRowsTable(const Zone& zone, const std::vector<RowReport>& rows) {
  Table t;
  t.stem = "import-rows";
  t.title = "导入逐行结果";
  t.columns = {{"行", ColumnType::kNumber, 6},   {"企业名称", ColumnType::kText, 36},
               {"结果", ColumnType::kText, 10},  {"企业", ColumnType::kText, 28},
               {"环节", ColumnType::kText, 36},  {"原因", ColumnType::kText, 60},
               {"须核对", ColumnType::kText, 40}};
  for (const RowReport& r : rows)
    t.AddRow({static_cast<double>(r.row), r.name, std::string(ToString(r.decision)), r.enterprise,
              Links(zone, r.links), r.reason, r.flag});
  return t;
}

Table ImportChainsTable(const std::vector<ChainEffect>& effects) {
  Table t;
  t.stem = "import-chains";
  t.title = "导入前后产业链";
  t.columns = {{"chain", ColumnType::kText, 14}};
  for (const char* when : {"before", "after"})
    for (const char* what : {"strong", "weak", "filling", "missing", "completeness"})
      t.columns.push_back({std::string(what) + "_" + when, ColumnType::kNumber, 10});
  for (const ChainEffect& e : effects) {
    std::vector<Cell> row{e.chain};
    for (const Completeness* c : {&e.before, &e.after}) {
      row.emplace_back(static_cast<double>(c->strong));
      row.emplace_back(static_cast<double>(c->weak));
      row.emplace_back(static_cast<double>(c->filling));
      row.emplace_back(static_cast<double>(c->missing));
      row.emplace_back(std::round(c->value * 10000) / 10000);
    }
    t.AddRow(std::move(row));
  }
  return t;
}

void WriteImportText(std::ostream& out, const RegistryFileInfo& info, const Zone& zone,
                     const std::vector<RowReport>& rows, const std::deque<ZoneEdit>& edits) {
  out << "read " << info.file << ": " << EncodingName(info.kind);
  if (!info.sheet.empty()) out << ", sheet '" << info.sheet << "'";
  out << ", header in row " << info.header.row << ", "
      << FormatCount(info.data_rows, "data row", "data rows");
  if (!info.export_date.empty()) out << ", exported " << info.export_date;
  out << "\n  columns used:";
  for (const std::string& c : info.header.used) out << " " << c;
  out << "\n  columns ignored:";
  if (info.header.ignored.empty()) out << " (none)";
  for (const std::string& c : info.header.ignored) out << " " << c;
  out << "\n\nrows:\n";
  for (const RowReport& r : rows) {
    out << "  row " << r.row << " " << ToString(r.decision) << ": " << r.name;
    if (!r.enterprise.empty()) out << " -> " << r.enterprise;
    if (!r.links.empty()) out << " on " << Links(zone, r.links);
    out << " (" << r.reason << ")";
    if (!r.flag.empty()) out << " [check: " << r.flag << "]";
    out << "\n";
  }
  out << "\nedits (" << edits.size() << "):\n";
  for (const ZoneEdit& e : edits)
    out << "  " << DescribeZoneEdit(zone, e) << "  <- " << e.source << "\n";
}

void WriteImportChainsText(std::ostream& out, const std::vector<ChainEffect>& effects) {
  out << "\nchains before -> after:\n";
  for (const ChainEffect& e : effects) {
    out << "  " << e.chain << ": " << Counts(e.before) << ", completeness "
        << Percent(e.before.value);
    if (e.before.strong == e.after.strong && e.before.weak == e.after.weak &&
        e.before.filling == e.after.filling && e.before.missing == e.after.missing)
      out << " (unchanged)\n";
    else
      out << " -> " << Counts(e.after) << ", completeness " << Percent(e.after.value) << "\n";
  }
}

}  // namespace chainmap
