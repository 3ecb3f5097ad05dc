#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "src/model/chain_graph.h"
#include "src/model/enums.h"
#include "src/model/record.h"

namespace chainmap {

/// Whether the zone pursues a link locally. A link a zone will not host (resource
/// extraction, large refining) is counted apart in completeness and left out of targets
/// unless asked for; see docs/analysis.md.
struct LinkScope {
  bool pursued = true;
  std::string reason;  ///< Why it is not pursued, in Chinese, for the reports.
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const LinkScope&, const LinkScope&) = default;
};

/// A link (环节) of a chain: one activity such as steelmaking or spring wire.
struct Link {
  std::string id;
  Names name;
  Stage stage = Stage::kUpstream;
  std::vector<std::string> industry_codes;  ///< GB/T 4754-2017 codes, e.g. "C3130".
  LinkScope scope;                          ///< "local_scope" in the chain file.
  std::string note;
  Sources source;
  Extra extra;                        ///< Unknown fields; null (no allocation) when there are none.
  std::vector<std::string> keywords;  ///< 经营范围 words that place a firm here ("燃料电池").
  friend bool operator==(const Link&, const Link&) = default;
};

/// "Feeds into" between two links of one chain, by index into Chain::links.
struct Edge {
  std::size_t from = 0;
  std::size_t to = 0;
  std::string note;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const Edge&, const Edge&) = default;
};

/// One entry of a chain's 问题清单 (issues list, 链长制): a problem as recorded, when and
/// where it is stated.
struct ChainIssue {
  std::string text;
  std::string as_of;
  Sources source;
  Extra extra;  ///< Unknown fields; null (no allocation) when there are none.
  friend bool operator==(const ChainIssue&, const ChainIssue&) = default;
};

/// One industry chain: its links, the edges between them and their graph.
class Chain {
 public:
  std::string id;
  Names name;
  std::string as_of;
  std::string note;
  Sources source;
  Extra extra;                     ///< Unknown fields; null (no allocation) when there are none.
  std::string chief;               ///< 链长 (chain chief); empty when the documents name none.
  std::string unit;                ///< 责任单位 (responsible unit); empty when not named.
  std::vector<ChainIssue> issues;  ///< 问题清单, as recorded.

  /// Sets the links and edges and builds the graph; edges must index into links.
  void SetTopology(std::vector<Link> links, std::vector<Edge> edges);

  const std::vector<Link>& links() const { return links_; }
  const std::vector<Edge>& edges() const { return edges_; }
  const ChainGraph& graph() const { return graph_; }

  /// The index of the link with this id, or -1 (a binary search: loading a chain of
  /// 100,000 links looks up every edge's ends).
  std::ptrdiff_t FindLink(std::string_view link_id) const;

  friend bool operator==(const Chain& a, const Chain& b);

 private:
  std::vector<Link> links_;
  std::vector<Edge> edges_;
  ChainGraph graph_;
  std::vector<std::uint32_t> by_id_;  ///< Link indices in the order of their ids.
};

}  // namespace chainmap
