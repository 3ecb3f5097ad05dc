#include "src/report/list_cells.h"

#include <set>

#include <algorithm>
#include <cmath>

#include "src/model/source_text.h"

namespace chainmap {

std::string SourcesCell(const Zone& zone, const std::vector<std::string>& sources) {
  return JoinCells(SourceTexts(zone, sources), "；");
}

std::string JoinCells(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string YesNo(bool value) { return value ? "是" : "否"; }

std::string ContactCell(const Enterprise& e, Language language) {
  const Wording& w = WordingFor(language);
  if (!e.contact) return std::string(w.not_stated);
  const std::string_view status = w.contact_status[static_cast<std::size_t>(e.contact->status)];
  return e.contact->date.empty() ? std::string(status)
                                 : Fill(w.contact_date, {status, e.contact->date});
}

std::string ClusterCell(const Cluster& cluster) { return cluster.name.zh + "（集群）"; }

std::string PlaceCell(const Zone& zone, const Project& project) {
  std::set<std::size_t> chains;
  for (const LinkKey& key : project.links) chains.insert(key.chain);
  std::vector<std::string> names;
  names.reserve(chains.size());
  for (std::size_t c : chains) names.push_back(zone.chains()[c].name.zh);
  if (!names.empty()) return JoinCells(names, "、");
  if (project.cluster) return ClusterCell(zone.clusters[*project.cluster]);
  return "（未关联产业链）";
}

std::string ChiefCell(const std::string& name, Language language) {
  return name.empty() ? std::string(WordingFor(language).not_stated) : name;
}

}  // namespace chainmap
