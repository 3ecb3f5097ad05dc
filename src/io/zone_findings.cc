#include "src/io/zone_findings.h"

#include <set>

namespace chainmap {

void AddStructureFindings(ZoneLoad& load) {
  const Zone& zone = load.zone();
  std::set<LinkKey> crossed;
  for (const CrossEdge& e : zone.cross_edges) {
    crossed.insert(e.from);
    crossed.insert(e.to);
  }
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    const std::string& file = load.chain_files.at(chain.id);
    const JsonDocument& doc = load.chain_docs.at(chain.id)->json;
    // Positions are found by re-reading the file: only for findings that are kept.
    const auto position = [&](Severity severity, const std::string& pointer) {
      return load.sink().Keeps(severity) ? doc.PositionOf(pointer) : TextPosition{};
    };
    for (const auto& component : chain.graph().CyclicComponents()) {
      std::string ids;
      for (std::size_t v : component)
        ids += (ids.empty() ? "'" : ", '") + chain.links()[v].id + "'";
      const std::string at = "/links/" + std::to_string(component.front());
      load.sink().Add({Severity::kNote, file, position(Severity::kNote, at), "",
                       "links " + ids +
                           " form a cycle (allowed, e.g. scrap returning to "
                           "steelmaking; analyses treat it as one loop)"});
    }
    if (chain.links().size() < 2) continue;
    for (std::size_t l = 0; l < chain.links().size(); ++l) {
      const ChainGraph& g = chain.graph();
      if (g.InDegree(l) + g.OutDegree(l) == 0 && !crossed.count(LinkKey{c, l})) {
        const std::string pointer = "/links/" + std::to_string(l);
        load.sink().Add(
            {Severity::kWarning, file, position(Severity::kWarning, pointer), pointer,
             "link '" + chain.links()[l].id + "' has no edges: connect it or remove it"});
      }
    }
  }
}

}  // namespace chainmap
