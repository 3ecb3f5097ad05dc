#pragma once
// Builds small zones in memory for the analysis tests, through the model API.

#include <string>
#include <utility>
#include <vector>

#include "src/model/zone.h"

namespace chainmap::testing {

/// Adds chains, enterprises and projects by id; links are "id" (midstream) or "U:id",
/// "M:id", "D:id"; link references are "chain/link"; a link's Chinese name is its id.
class ZoneBuilder {
 public:
  ZoneBuilder& AddChain(const std::string& id, const std::vector<std::string>& links,
                        const std::vector<std::pair<std::string, std::string>>& edges) {
    Chain chain;
    chain.id = id;
    chain.name.zh = id;
    std::vector<Link> ls;
    for (std::string spec : links) {
      Link l;
      l.stage = Stage::kMidstream;
      if (spec.size() > 2 && spec[1] == ':') {
        l.stage = spec[0] == 'U'   ? Stage::kUpstream
                  : spec[0] == 'D' ? Stage::kDownstream
                                   : Stage::kMidstream;
        spec = spec.substr(2);
      }
      l.id = spec;
      l.name.zh = spec;
      ls.push_back(l);
    }
    std::vector<Edge> es;
    auto index = [&](const std::string& link) {
      for (std::size_t i = 0; i < ls.size(); ++i)
        if (ls[i].id == link) return i;
      throw std::logic_error("no link " + link);
    };
    for (const auto& [from, to] : edges) {
      Edge e;
      e.from = index(from);
      e.to = index(to);
      es.push_back(e);
    }
    chain.SetTopology(std::move(ls), std::move(es));
    zone.AddChain(std::move(chain));
    return *this;
  }

  ZoneBuilder& AddEnterprise(const std::string& id, bool local,
                             const std::vector<std::string>& links, Role role = Role::kNone,
                             std::vector<std::string> tags = {}) {
    Enterprise e;
    e.id = id;
    e.name = id;
    e.local = local;
    e.role = role;
    e.tags = std::move(tags);
    for (const std::string& l : links) e.links.push_back(Key(l));
    zone.AddEnterprise(std::move(e));
    return *this;
  }

  ZoneBuilder& AddProject(const std::string& id, const std::string& enterprise,
                          const std::vector<std::string>& links, ProjectStage stage) {
    Project p;
    p.id = id;
    p.name = id;
    if (!enterprise.empty()) p.enterprise = zone.EnterpriseIndex(enterprise);
    for (const std::string& l : links) p.links.push_back(Key(l));
    p.stage = stage;
    zone.AddProject(std::move(p));
    return *this;
  }

  LinkKey Key(const std::string& qualified) const {
    auto key = zone.FindLink(qualified);
    if (!key) throw std::logic_error("no link " + qualified);
    return *key;
  }

  Zone zone;
};

/// A chain graph from edges given as vertex pairs.
inline ChainGraph MakeGraph(std::size_t n,
                            const std::vector<std::pair<std::size_t, std::size_t>>& edges) {
  return ChainGraph(n, edges);
}

}  // namespace chainmap::testing
