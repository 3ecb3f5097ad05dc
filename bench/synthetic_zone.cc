#include "bench/synthetic_zone.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <string>

namespace chainmap::bench {

Zone MakeSyntheticZone(const SyntheticSpec& spec) {
  std::mt19937_64 rng(spec.seed);
  auto uniform = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };

  Zone zone;
  zone.id = "synthetic";
  zone.name.zh = "合成园区";
  zone.as_of = "2024-06";  // a date is required; any past month does
  std::vector<LinkKey> held, all;
  std::vector<double> held_weight;
  for (std::size_t c = 0; c < spec.chains; ++c) {
    Chain chain;
    chain.id = "c" + std::to_string(c);
    chain.name.zh = "链" + std::to_string(c);
    std::vector<Link> links(spec.links);
    std::vector<Edge> edges;
    for (std::size_t l = 0; l < spec.links; ++l) {
      links[l].id = "l" + std::to_string(l);
      links[l].name.zh = "环节" + std::to_string(l);
      links[l].stage = l * 10 < spec.links * 3   ? Stage::kUpstream
                       : l * 10 < spec.links * 7 ? Stage::kMidstream
                                                 : Stage::kDownstream;
      if (l * 10 >= spec.links) {
        const std::size_t inputs = 1 + uniform(3);
        std::vector<std::size_t> from;
        for (std::size_t k = 0; k < inputs; ++k) {
          const std::size_t window = std::min<std::size_t>(l, 20);
          from.push_back(l - 1 - uniform(window));
        }
        std::sort(from.begin(), from.end());
        from.erase(std::unique(from.begin(), from.end()), from.end());
        for (std::size_t f : from) edges.push_back({f, l, "", {}, Extra()});
      }
      all.push_back({c, l});
      if (chance(0.4)) {
        held.push_back({c, l});
        const double r = std::uniform_real_distribution<double>(0, 1)(rng);
        held_weight.push_back(r * r * r + 1e-4);
      }
    }
    chain.SetTopology(std::move(links), std::move(edges));
    zone.AddChain(std::move(chain));
  }
  for (std::size_t i = 0; i < spec.cross_edges && spec.chains > 1; ++i) {
    const LinkKey a = all[uniform(all.size())], b = all[uniform(all.size())];
    if (a.chain != b.chain) zone.cross_edges.push_back({a, b, "", {}, Extra()});
  }

  std::discrete_distribution<std::size_t> pick_held(held_weight.begin(), held_weight.end());
  const char* role_tags[] = {"规上", "上市", "专精特新", "高新技术企业"};
  const double tag_chance[] = {0.4, 0.05, 0.1, 0.3};
  for (std::size_t e = 0; e < spec.enterprises; ++e) {
    Enterprise x;
    x.id = "e" + std::to_string(e);
    x.name = "E" + std::to_string(e);
    x.local = chance(spec.local_share);
    const std::size_t r = uniform(1000);
    x.role = r < 2 ? Role::kLeader : r < 50 ? Role::kCore : r < 500 ? Role::kSupplier : Role::kNone;
    for (std::size_t t = 0; t < 4; ++t)
      if (chance(tag_chance[t])) x.tags.emplace_back(role_tags[t]);
    const std::size_t n = 1 + (chance(0.3) ? 1 : 0);
    for (std::size_t k = 0; k < n; ++k)
      x.links.push_back(x.local && !held.empty() ? held[pick_held(rng)] : all[uniform(all.size())]);
    std::sort(x.links.begin(), x.links.end());
    x.links.erase(std::unique(x.links.begin(), x.links.end()), x.links.end());
    if (chance(0.5)) x.revenue = Revenue{double(uniform(50000)) / 100, "亿元", 2023, {}, Extra()};
    zone.AddEnterprise(std::move(x));
  }
  for (std::size_t p = 0; p < spec.projects && spec.enterprises > 0; ++p) {
    Project x;
    x.id = "p" + std::to_string(p);
    x.name = x.id;
    x.enterprise = uniform(spec.enterprises);
    x.links.push_back(all[uniform(all.size())]);
    x.stage = static_cast<ProjectStage>(uniform(5));
    zone.AddProject(std::move(x));
  }
  return zone;
}

void ExportForPeer(const Zone& zone, const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  std::ofstream links(dir / "links.tsv"), edges(dir / "edges.tsv"), cross(dir / "cross_edges.tsv"),
      enterprises(dir / "enterprises.tsv"), projects(dir / "projects.tsv"),
      settings(dir / "settings.tsv");
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    for (std::size_t l = 0; l < chain.links().size(); ++l)
      links << c << "\t" << l << "\t" << chain.id << "/" << chain.links()[l].id << "\t"
            << static_cast<int>(chain.links()[l].stage) << "\n";
    for (const Edge& e : chain.edges()) edges << c << "\t" << e.from << "\t" << e.to << "\n";
  }
  for (const CrossEdge& e : zone.cross_edges)
    cross << e.from.chain << "\t" << e.from.link << "\t" << e.to.chain << "\t" << e.to.link << "\n";
  for (const Enterprise& e : zone.enterprises()) {
    enterprises << e.id << "\t" << e.local << "\t" << static_cast<int>(e.role) << "\t";
    for (std::size_t i = 0; i < e.tags.size(); ++i) enterprises << (i ? "," : "") << e.tags[i];
    enterprises << "\t";
    for (std::size_t i = 0; i < e.links.size(); ++i)
      enterprises << (i ? "," : "") << e.links[i].chain << ":" << e.links[i].link;
    enterprises << "\t" << (e.revenue ? std::to_string(e.revenue->value) : "") << "\n";
  }
  for (const Project& p : zone.projects()) {
    projects << p.id << "\t" << (p.enterprise ? std::to_string(*p.enterprise) : "") << "\t";
    for (std::size_t i = 0; i < p.links.size(); ++i)
      projects << (i ? "," : "") << p.links[i].chain << ":" << p.links[i].link;
    projects << "\t" << static_cast<int>(p.stage) << "\n";
  }
  settings << "strong_min_scale\t" << zone.settings.strong_min_scale << "\n"
           << "filling_stage\t" << static_cast<int>(zone.settings.filling_stage) << "\n"
           << "weak_credit\t" << zone.settings.weak_credit << "\n"
           << "filling_credit\t" << zone.settings.filling_credit << "\n"
           << "chokepoint_min_dominated\t" << zone.settings.chokepoint_min_dominated << "\n";
}

}  // namespace chainmap::bench
