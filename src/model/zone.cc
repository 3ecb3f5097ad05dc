#include "src/model/zone.h"

#include <algorithm>
#include <cassert>

namespace chainmap {

bool Enterprise::HasTag(std::string_view tag) const {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

Chain& Zone::AddChain(Chain chain) {
  const auto [it, inserted] = chain_index_.emplace(chain.id, chains_.size());
  assert(inserted && "chain id must be new");
  (void)it;
  (void)inserted;
  chains_.push_back(std::move(chain));
  return chains_.back();
}

Enterprise& Zone::AddEnterprise(Enterprise enterprise) {
  assert(!EnterpriseIndex(enterprise.id) && "enterprise id must be new");
  enterprise_index_.Insert(enterprises_, enterprise.id, enterprises_.size());
  enterprises_.push_back(std::move(enterprise));
  return enterprises_.back();
}

void Zone::ReserveEnterprises(std::size_t count) {
  enterprises_.reserve(enterprises_.size() + count);
  enterprise_index_.Reserve(enterprises_, enterprises_.size() + count);
}

Project& Zone::AddProject(Project project) {
  const auto [it, inserted] = project_index_.emplace(project.id, projects_.size());
  assert(inserted && "project id must be new");
  (void)it;
  (void)inserted;
  projects_.push_back(std::move(project));
  return projects_.back();
}

std::optional<std::size_t> Zone::ChainIndex(std::string_view chain_id) const {
  const auto it = chain_index_.find(std::string(chain_id));
  if (it == chain_index_.end()) return std::nullopt;
  return it->second;
}

const Chain* Zone::FindChain(std::string_view chain_id) const {
  const auto index = ChainIndex(chain_id);
  return index ? &chains_[*index] : nullptr;
}

std::optional<std::size_t> Zone::EnterpriseIndex(std::string_view enterprise_id) const {
  return enterprise_index_.Find(enterprises_, enterprise_id);
}

const Enterprise* Zone::FindEnterprise(std::string_view enterprise_id) const {
  const auto index = EnterpriseIndex(enterprise_id);
  return index ? &enterprises_[*index] : nullptr;
}

const Project* Zone::FindProject(std::string_view project_id) const {
  const auto it = project_index_.find(std::string(project_id));
  return it == project_index_.end() ? nullptr : &projects_[it->second];
}

std::optional<LinkKey> Zone::FindLink(std::string_view qualified_id) const {
  const auto slash = qualified_id.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto chain = ChainIndex(qualified_id.substr(0, slash));
  if (!chain) return std::nullopt;
  const auto link = chains_[*chain].FindLink(qualified_id.substr(slash + 1));
  if (link < 0) return std::nullopt;
  return LinkKey{*chain, static_cast<std::size_t>(link)};
}

std::string Zone::QualifiedId(LinkKey key) const {
  return chains_[key.chain].id + "/" + link(key).id;
}

namespace {

template <typename Record>
std::vector<std::vector<std::vector<std::size_t>>> IndexByLink(const std::vector<Chain>& chains,
                                                               const std::vector<Record>& records) {
  std::vector<std::vector<std::vector<std::size_t>>> out(chains.size());
  for (std::size_t c = 0; c < chains.size(); ++c) out[c].resize(chains[c].links().size());
  for (std::size_t i = 0; i < records.size(); ++i)
    for (const LinkKey& key : records[i].links) {
      auto& slot = out[key.chain][key.link];
      if (slot.empty() || slot.back() != i) slot.push_back(i);
    }
  return out;
}

}  // namespace

std::vector<std::vector<std::vector<std::size_t>>> Zone::EnterprisesByLink() const {
  return IndexByLink(chains_, enterprises_);
}

std::vector<std::vector<std::vector<std::size_t>>> Zone::ProjectsByLink() const {
  return IndexByLink(chains_, projects_);
}

std::optional<std::size_t> Zone::ClusterIndex(std::string_view cluster_id) const {
  for (std::size_t i = 0; i < clusters.size(); ++i)
    if (clusters[i].id == cluster_id) return i;
  return std::nullopt;
}

const Document* Zone::FindDocument(std::string_view file) const {
  for (const Document& d : documents)
    if (d.file == file) return &d;
  return nullptr;
}

bool operator==(const Zone& a, const Zone& b) {
  return a.id == b.id && a.name == b.name && a.as_of == b.as_of && a.region == b.region &&
         a.note == b.note && a.source == b.source && a.settings == b.settings &&
         a.cross_edges == b.cross_edges && a.facts == b.facts && a.clusters == b.clusters &&
         a.documents == b.documents && a.extra == b.extra && a.file_extra == b.file_extra &&
         a.chains_ == b.chains_ && a.enterprises_ == b.enterprises_ && a.projects_ == b.projects_;
}

}  // namespace chainmap
