// Times the full zone analysis (ZoneAnalysis::Run) on a synthetic zone; prints each run,
// the median, peak RSS and a summary that bench/analysis_networkx.py prints too: counts,
// the best few departures and targets, and totals over every row and departure.
//
//   analysis_bench [--chains N] [--links N] [--enterprises N] [--runs N] [--seed N]
//                  [--plain] [--export DIR] [--threads N]
// --threads: the target ranking's threads (TargetOptions::threads); 0, the default, lets it
// choose.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

#include "bench/synthetic_zone.h"
#include "src/analysis/zone_analysis.h"

namespace {

using namespace chainmap;

/// CPU time of this process: on a shared machine, wall time also counts waiting for a core.
double CpuMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void PrintSummary(const Zone& zone, const ZoneAnalysis& a) {
  const Completeness& c = a.gaps().zone_completeness();
  std::printf("completeness %.4f strong %zu weak %zu filling %zu missing %zu\n", c.value, c.strong,
              c.weak, c.filling, c.missing);
  std::size_t fill = 0, extend = 0, strengthen = 0, gain = 0, choke = 0, cut = 0, risk = 0;
  double betweenness = 0;
  for (std::size_t ch = 0; ch < zone.chains().size(); ++ch)
    for (std::size_t l = 0; l < zone.chains()[ch].links().size(); ++l) {
      const GapType g = a.gaps().gaps()[ch][l];
      fill += g == GapType::kFill;
      extend += g == GapType::kExtend;
      strengthen += g == GapType::kStrengthen;
      const LinkCriticality& m = a.criticality().links()[ch][l];
      gain += m.gain;
      choke += m.chokepoint;
      cut += m.articulation;
      risk += m.break_risk;
      betweenness += m.betweenness;
    }
  std::printf("gaps fill %zu extend %zu strengthen %zu\n", fill, extend, strengthen);
  std::printf("gain %zu chokepoints %zu break_risks %zu articulation %zu betweenness %.6f\n", gain,
              choke, risk, cut, betweenness);
  const auto& ranking = a.resilience().ranking();
  std::printf("departures %zu top", ranking.size());
  for (std::size_t i = 0; i < std::min<std::size_t>(3, ranking.size()); ++i)
    std::printf(" %s:%zu", zone.enterprises()[ranking[i].enterprise].id.c_str(),
                ranking[i].damage());
  const auto& targets = a.targets().targets();
  std::printf("\ntargets %zu top", targets.size());
  for (std::size_t i = 0; i < std::min<std::size_t>(5, targets.size()); ++i)
    std::printf(" %s:%s:%.2f", zone.QualifiedId(targets[i].link).c_str(),
                zone.enterprises()[targets[i].candidate].id.c_str(), targets[i].score.total);
  std::printf("\n");
  // Totals over every row, candidate and departure, so that the peer is checked on all of
  // them and not only on the few printed above.
  double target_sum = 0, combined = 0, lost = 0, worst = 0;
  for (const Target& t : targets) target_sum += t.score.total;
  for (const CandidateView& v : a.targets().candidates()) combined += v.combined;
  std::size_t failed = 0, weakened = 0, starved = 0, flipped = 0, changed = 0;
  for (const Departure& d : ranking) {
    lost += d.completeness_lost;
    failed += d.failed.size();
    weakened += d.weakened.size();
    starved += d.starved.size();
    flipped += d.flipped.size();
    changed += d.targets_changed.size();
  }
  for (const ChainResilience& r : a.resilience().chains()) worst += r.worst_retained;
  std::printf("rows %zu sum %.2f candidates %zu combined %.2f localizable %.4f\n",
              a.targets().all_rows().size(), target_sum, a.targets().candidates().size(), combined,
              a.gaps().zone_localizable().value);
  std::printf("lost %.6f failed %zu weakened %zu starved %zu flipped %zu changed %zu worst %.6f\n",
              lost, failed, weakened, starved, flipped, changed, worst);
}

}  // namespace

int main(int argc, char** argv) {
  bench::SyntheticSpec spec;
  std::size_t runs = 5;
  std::string export_dir;
  std::size_t threads = 0;
  for (int i = 1; i < argc; i += 2) {
    const std::string key = argv[i];
    if (key == "--plain") {  // no target signals: a flag without a value
      spec.target_signals = false;
      --i;
      continue;
    }
    if (i + 1 == argc) {
      std::cerr << "analysis_bench: " << key << " needs a value\n";
      return 2;
    }
    const std::string value = argv[i + 1];
    if (key == "--chains")
      spec.chains = std::stoul(value);
    else if (key == "--links")
      spec.links = std::stoul(value);
    else if (key == "--enterprises")
      spec.enterprises = std::stoul(value);
    else if (key == "--runs")
      runs = std::stoul(value);
    else if (key == "--seed")
      spec.seed = static_cast<std::uint32_t>(std::stoul(value));
    else if (key == "--export")
      export_dir = value;
    else if (key == "--threads")
      threads = std::stoul(value);
    else {
      std::cerr << "analysis_bench: unknown option " << key << "\n";
      return 2;
    }
  }
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  const Zone zone = bench::MakeSyntheticZone(spec);
  const auto t1 = Clock::now();
  std::printf("zone: %zu chains x %zu links, %zu enterprises, %zu projects; generated in %.0f ms\n",
              spec.chains, spec.links, spec.enterprises, zone.projects().size(),
              std::chrono::duration<double, std::milli>(t1 - t0).count());
  if (!export_dir.empty()) bench::ExportForPeer(zone, export_dir);

  std::vector<double> times, cpu_times;
  for (std::size_t r = 0; r < runs; ++r) {
    TargetOptions target_options{3};
    target_options.threads = threads;
    ZoneAnalysis analysis(zone, {std::nullopt, target_options});
    const double cpu_start = CpuMs();
    const auto start = Clock::now();
    analysis.Run();
    // The per-candidate view is made on first use; the peer makes it in its run.
    if (analysis.targets().candidates().size() > spec.enterprises) return 1;
    const auto stop = Clock::now();
    cpu_times.push_back(CpuMs() - cpu_start);
    times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    std::printf("run %zu: %.1f ms wall, %.1f ms cpu\n", r + 1, times.back(), cpu_times.back());
    if (r + 1 == runs) PrintSummary(zone, analysis);
  }
  {  // One run stage by stage, to show where the time goes.
    auto ms = [](Clock::time_point a, Clock::time_point b) {
      return std::chrono::duration<double, std::milli>(b - a).count();
    };
    const auto a = Clock::now();
    LinkStatusAnalysis status(zone);
    status.Run();
    const auto b = Clock::now();
    GapAnalysis gaps(zone, status);
    gaps.Run();
    const auto c = Clock::now();
    CriticalityAnalysis criticality(zone, status);
    criticality.Run();
    const auto d = Clock::now();
    ResilienceAnalysis resilience(zone, status);
    resilience.Run();
    const auto e = Clock::now();
    TargetOptions target_options{3};
    target_options.threads = threads;
    TargetRanking targets(zone, status, gaps, criticality, target_options);
    targets.Run();
    if (targets.candidates().size() > spec.enterprises) return 1;
    const auto f = Clock::now();
    std::printf(
        "stages: status %.1f, gaps %.1f, criticality %.1f, resilience %.1f, targets %.1f ms\n",
        ms(a, b), ms(b, c), ms(c, d), ms(d, e), ms(e, f));
  }
  std::sort(times.begin(), times.end());
  std::sort(cpu_times.begin(), cpu_times.end());
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("median %.1f ms wall, %.1f ms cpu over %zu runs; peak RSS %.0f MB\n",
              times[times.size() / 2], cpu_times[cpu_times.size() / 2], runs,
              static_cast<double>(usage.ru_maxrss) / 1024);
  return 0;
}
