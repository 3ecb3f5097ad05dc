#include "bench/synthetic_zone.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <string>

namespace chainmap::bench {
namespace {

// Homes of local firms and of candidates: cities of the place table, provinces alone,
// municipalities, a city the table lacks, places abroad and none.
constexpr const char* kLocalRegions[] = {"河南省济源市", "河南省济源市", "河南省济源市",
                                         "河南省焦作市", "山西省晋城市", ""};
constexpr const char* kCandidateRegions[] = {
    "河南省济源市", "河南省郑州市", "河南省洛阳市",   "河南省",
    "山西省太原市", "山西省晋城市", "山东省济南市",   "江苏省苏州市",
    "广东省深圳市", "北京市",       "上海市浦东新区", "四川省成都市",
    "湖北省武汉市", "浙江省杭州市", "安徽省合肥市",   "新疆维吾尔自治区乌鲁木齐市",
    "中国台湾",     "香港",         "德国",           ""};

/// Adds what the target scores read beyond the structure — homes, revenue units, ties,
/// sources, projects' partners and investment, links not pursued — from a generator of
/// its own, so that the chains, enterprises and projects stay those of the plain zone.
void AddTargetSignals(Zone& zone, const SyntheticSpec& spec) {
  std::mt19937_64 rng(spec.seed + 0x5151);
  auto uniform = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  if (spec.seed % 2 == 1) zone.region = {"河南省", "济源市", {}};  // else: the locals' mode
  std::vector<std::size_t> locals;
  const std::size_t n = zone.enterprises().size();
  for (std::size_t e = 0; e < n; ++e) {
    Enterprise& x = zone.enterprise(e);
    if (x.local) {
      locals.push_back(e);
      x.region = kLocalRegions[uniform(std::size(kLocalRegions))];
    } else {
      x.region = kCandidateRegions[uniform(std::size(kCandidateRegions))];
      if (chance(0.05))
        x.source = {"012_招商项目清单.txt"};
      else if (chance(0.2))
        x.source = {"[pub]"};
    }
    if (x.revenue && chance(0.2)) {
      x.revenue->unit = "万元";
      x.revenue->value *= 10000;
    } else if (x.revenue && chance(0.03)) {
      x.revenue->unit = "万美元";  // a unit the loader takes and the analysis leaves out
    }
  }
  for (std::size_t e = 0; e < n && !locals.empty(); ++e) {
    Enterprise& x = zone.enterprise(e);
    if (chance(x.local ? 0.1 : 0.03)) {
      const std::size_t other = x.local ? uniform(n) : locals[uniform(locals.size())];
      if (other != e)
        x.ties.push_back(
            {zone.enterprises()[other].id, static_cast<TieKind>(uniform(3)), "", {}, Extra()});
    }
  }
  for (std::size_t p = 0; p < zone.projects().size(); ++p) {
    Project& x = zone.project(p);
    if (chance(0.7)) x.investment = double(uniform(5000)) / 100;
    if (chance(0.1))
      for (std::size_t k = 1 + uniform(2); k-- > 0;) x.partners.push_back(uniform(n));
  }
}

}  // namespace

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
  std::mt19937_64 scope_rng(spec.seed + 0x5c0e);  // its own stream: the links stay the same
  auto scope_chance = [&](double p) {
    return std::uniform_real_distribution<double>(0, 1)(scope_rng) < p;
  };
  for (std::size_t c = 0; c < spec.chains; ++c) {
    Chain chain;
    chain.id = "c" + std::to_string(c);
    chain.name.zh = "链" + std::to_string(c);
    std::vector<Link> links(spec.links);
    std::vector<Edge> edges;
    for (std::size_t l = 0; l < spec.links; ++l) {
      links[l].id = "l" + std::to_string(l);
      links[l].name.zh = "环节" + std::to_string(l);
      links[l].scope.pursued = !spec.target_signals || !scope_chance(0.03);
      if (!links[l].scope.pursued) links[l].scope.reason = "不具备本地发展条件";
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
  if (spec.target_signals) AddTargetSignals(zone, spec);
  return zone;
}

void ExportForPeer(const Zone& zone, const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  std::ofstream links(dir / "links.tsv"), edges(dir / "edges.tsv"), cross(dir / "cross_edges.tsv"),
      enterprises(dir / "enterprises.tsv"), projects(dir / "projects.tsv"),
      settings(dir / "settings.tsv");
  for (auto* out : {&links, &edges, &cross, &enterprises, &projects, &settings})
    out->precision(17);  // doubles read back exactly
  auto keys = [](std::ostream& out, const std::vector<LinkKey>& list) {
    for (std::size_t i = 0; i < list.size(); ++i)
      out << (i ? "," : "") << list[i].chain << ":" << list[i].link;
  };
  auto join = [](std::ostream& out, const std::vector<std::string>& list) {
    for (std::size_t i = 0; i < list.size(); ++i) out << (i ? "|" : "") << list[i];
  };
  for (std::size_t c = 0; c < zone.chains().size(); ++c) {
    const Chain& chain = zone.chains()[c];
    for (std::size_t l = 0; l < chain.links().size(); ++l)
      links << c << "\t" << l << "\t" << chain.id << "/" << chain.links()[l].id << "\t"
            << static_cast<int>(chain.links()[l].stage) << "\t" << chain.links()[l].scope.pursued
            << "\n";
    for (const Edge& e : chain.edges()) edges << c << "\t" << e.from << "\t" << e.to << "\n";
  }
  for (const CrossEdge& e : zone.cross_edges)
    cross << e.from.chain << "\t" << e.from.link << "\t" << e.to.chain << "\t" << e.to.link << "\n";
  // id, local, role, tags, links, revenue value, revenue unit, region, ties (id:kind),
  // sources.
  for (const Enterprise& e : zone.enterprises()) {
    enterprises << e.id << "\t" << e.local << "\t" << static_cast<int>(e.role) << "\t";
    join(enterprises, e.tags);
    enterprises << "\t";
    keys(enterprises, e.links);
    enterprises << "\t";
    if (e.revenue) enterprises << e.revenue->value;
    enterprises << "\t" << (e.revenue ? e.revenue->unit : "") << "\t" << e.region << "\t";
    for (std::size_t i = 0; i < e.ties.size(); ++i)
      enterprises << (i ? "," : "") << e.ties[i].enterprise << ":"
                  << static_cast<int>(e.ties[i].kind);
    enterprises << "\t";
    join(enterprises, e.source);
    enterprises << "\n";
  }
  // id, enterprise index, links, stage, investment, partner indices.
  for (const Project& p : zone.projects()) {
    projects << p.id << "\t" << (p.enterprise ? std::to_string(*p.enterprise) : "") << "\t";
    keys(projects, p.links);
    projects << "\t" << static_cast<int>(p.stage) << "\t";
    if (p.investment) projects << *p.investment;
    projects << "\t";
    for (std::size_t i = 0; i < p.partners.size(); ++i) projects << (i ? "," : "") << p.partners[i];
    projects << "\n";
  }
  const Settings& s = zone.settings;
  settings << "strong_min_scale\t" << s.strong_min_scale << "\n"
           << "filling_stage\t" << static_cast<int>(s.filling_stage) << "\n"
           << "weak_credit\t" << s.weak_credit << "\n"
           << "filling_credit\t" << s.filling_credit << "\n"
           << "chokepoint_min_dominated\t" << s.chokepoint_min_dominated << "\n"
           << "weight_gap\t" << s.target_weights.gap << "\n"
           << "weight_named\t" << s.target_weights.named << "\n"
           << "weight_distance\t" << s.target_weights.distance << "\n"
           << "weight_scale\t" << s.target_weights.scale << "\n"
           << "weight_relatedness\t" << s.target_weights.relatedness << "\n"
           << "weight_ties\t" << s.target_weights.ties << "\n"
           << "region\t" << zone.region.province << zone.region.city << "\n";
}

}  // namespace chainmap::bench
