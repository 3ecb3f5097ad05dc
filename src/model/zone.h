#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/model/chain.h"
#include "src/model/enterprise.h"
#include "src/model/id_index.h"
#include "src/model/project.h"
#include "src/model/record.h"
#include "src/model/settings.h"

namespace chainmap {

/// "Feeds into" between links of two different chains.
struct CrossEdge {
  LinkKey from;
  LinkKey to;
  std::string note;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const CrossEdge&, const CrossEdge&) = default;
};

/// A figure a document states about the zone, a park or a chain, kept as stated.
struct Fact {
  std::string id;
  std::string text;
  std::optional<double> value;
  std::string unit;
  std::optional<std::size_t> chain;  ///< Index into Zone::chains(), if it concerns one.
  /// The project stage a stated amount is at (谋划 for planned projects the documents
  /// total but do not list one by one), if the fact states such an amount.
  std::optional<ProjectStage> stage;
  /// What the figure measures ("营业收入"), so that a target, what was reached and what is
  /// expected line up (目标与进度); empty for a figure that stands alone.
  std::string measure;
  std::optional<FactKind> kind;  ///< With `measure`: target, actual or forecast.
  std::optional<int> year;       ///< The year the figure is for, if stated.
  /// How many projects of `year` the figure is about, as the document states it (37 个年度
  /// 重点建设项目); 目标与进度 sets it beside the zone's project records of that year.
  std::optional<long long> project_count;
  std::string note;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const Fact&, const Fact&) = default;
};

/// A document the zone's sources cite, by its file name: its title and the period it
/// reports ("2024-06" for a first-half summary), as zone.json's `documents` gives them.
struct Document {
  std::string file;
  std::string title;
  std::string date;  ///< YYYY, YYYY-MM or YYYY-MM-DD; empty when not given.
  friend bool operator==(const Document&, const Document&) = default;
};

/// A named group of projects that the documents frame apart from the chains (生命健康,
/// 现代数智创新): a project on no chain sits in one, so that every project is placed.
struct Cluster {
  std::string id;
  Names name;
  std::string note;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const Cluster&, const Cluster&) = default;
};

/// Where a zone sits, as registry exports name places: 河南省 / 济源市 / 济源市. A firm is
/// local when its province and city match and, if counties are listed, its county is one.
struct ZoneRegion {
  std::string province;
  std::string city;
  std::vector<std::string> counties;
  friend bool operator==(const ZoneRegion&, const ZoneRegion&) = default;
};

/// A development zone: the one owner of its chains, enterprises and projects.
/// Creating (Add*) and looking up (Find*, returning null or nullopt) are kept apart;
/// ids map to records here and nowhere else.
class Zone {
 public:
  std::string id;
  Names name;
  std::string as_of;
  ZoneRegion region;
  std::string note;
  Sources source;
  Settings settings;
  std::vector<CrossEdge> cross_edges;
  std::vector<Fact> facts;
  std::vector<Cluster> clusters;    ///< In presentation order; Project::cluster indexes it.
  std::vector<Document> documents;  ///< In zone.json's order.
  Extra extra;                      ///< Unknown fields; null (no allocation) when there are none.
  /// Unknown top-level fields of the record files, by file name ("projects.json").
  std::map<std::string, Extra> file_extra;

  /// Adds a chain; its id must be new.
  Chain& AddChain(Chain chain);
  /// Adds an enterprise; its id must be new.
  Enterprise& AddEnterprise(Enterprise enterprise);
  /// Makes room for `count` more enterprises (a loader that knows how many follow).
  void ReserveEnterprises(std::size_t count);
  /// Adds a project; its id must be new.
  Project& AddProject(Project project);

  const Chain* FindChain(std::string_view chain_id) const;
  std::optional<std::size_t> ChainIndex(std::string_view chain_id) const;
  const Enterprise* FindEnterprise(std::string_view enterprise_id) const;
  std::optional<std::size_t> EnterpriseIndex(std::string_view enterprise_id) const;
  /// A hint that EnterpriseIndex (or AddEnterprise) of this id follows soon: the loader
  /// gives it when it has read a record's id, and looks the id up once the record is read.
  void PrefetchEnterprise(std::string_view enterprise_id) const {
    enterprise_index_.Prefetch(enterprise_id);
  }
  const Project* FindProject(std::string_view project_id) const;
  std::optional<std::size_t> ClusterIndex(std::string_view cluster_id) const;
  /// The document of a file name ("001_….txt"), or null.
  const Document* FindDocument(std::string_view file) const;
  /// Resolves "chain/link".
  std::optional<LinkKey> FindLink(std::string_view qualified_id) const;

  const std::vector<Chain>& chains() const { return chains_; }
  const std::vector<Enterprise>& enterprises() const { return enterprises_; }
  const std::vector<Project>& projects() const { return projects_; }
  /// Mutable access for editing fields other than the id.
  Enterprise& enterprise(std::size_t index) { return enterprises_[index]; }
  Project& project(std::size_t index) { return projects_[index]; }

  const Link& link(LinkKey key) const { return chains_[key.chain].links()[key.link]; }
  /// "chain/link".
  std::string QualifiedId(LinkKey key) const;

  /// Indices of the enterprises attached to each link: [chain][link] → enterprises,
  /// in enterprise order.
  std::vector<std::vector<std::vector<std::size_t>>> EnterprisesByLink() const;
  /// Indices of the projects serving each link: [chain][link] → projects.
  std::vector<std::vector<std::vector<std::size_t>>> ProjectsByLink() const;

  friend bool operator==(const Zone& a, const Zone& b);

 private:
  std::vector<Chain> chains_;
  std::vector<Enterprise> enterprises_;
  std::vector<Project> projects_;
  std::unordered_map<std::string, std::size_t> chain_index_;
  IdIndex<Enterprise> enterprise_index_;
  std::unordered_map<std::string, std::size_t> project_index_;
};

}  // namespace chainmap
